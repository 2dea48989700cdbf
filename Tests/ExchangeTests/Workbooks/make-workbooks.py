#!/usr/bin/env python3
"""Writes the workbooks the XLSX import tests read, the way an administrator's office keeps
an inventory: a cover sheet first, a title over a two-row header, a unit's cell merged over
its services' rows, dates, a zero-padded unit code, rich text, a hidden lookup sheet and the
links on a sheet of their own.

    pip install openpyxl==3.1.5 && python3 make-workbooks.py

openpyxl writes what Excel writes (shared strings, styles, merged ranges); kanwil.xlsx is
committed, so the tests need neither Python nor openpyxl. The numbers each test expects are
written next to the cells below.
"""
import datetime
import os

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.workbook.properties import CalcProperties

here = os.path.dirname(os.path.abspath(__file__))

book = openpyxl.Workbook()
cover = book.active
cover.title = "Petunjuk"
cover["A1"] = "Petunjuk pengisian"
cover["A2"] = "Isi satu baris per aplikasi pada sheet Aplikasi."

sheet = book.create_sheet("Aplikasi")
sheet["A1"] = "DAFTAR APLIKASI KANWIL KEMENAG PROVINSI JAWA BARAT"
sheet.merge_cells("A1:I1")
sheet["A2"] = "Keadaan per 31 Maret 2024"
# Row 3 blank. Rows 4-5: a two-row header; "Kontak" spans H4:I4 over "Nama" and "Email".
for column, heading in zip("ABCDEFG", ["No", "Nama Aplikasi", "Kode Satker", "Status", "Versi",
                                        "Tanggal Sunset", "Alasan Penghentian"]):
    sheet[f"{column}4"] = heading
    sheet.merge_cells(f"{column}4:{column}5")
sheet["H4"] = "Kontak"
sheet.merge_cells("H4:I4")
sheet["H5"] = "Nama"
sheet["I5"] = "Email"

rows = [
    # No, name, unit code, status, version, sunset, reason, contact name, email
    (1, "SIMPEG Kanwil", 1, "aktif", "2.1.0", None, None, "Budi Santoso", "budi@kemenag.go.id"),
    (2, "E-Surat", None, "naktif", 3, datetime.date(2024, 12, 31), "diganti SRIKANDI",
     "Siti Aminah", "siti@kemenag.go.id"),
    (3, "SIMAK BMN", None, "aktif", "1.0.0", None, None, None, None),
    (4, "Aplikasi Haji", 2, "aktif", None, None, None, "Ahmad", "ahmad@kemenag.go.id"),
    (5, "Sistem Informasi Madrasah", None, "pengembangan", None, None, None, None, None),
]
for offset, row in enumerate(rows):
    line = 6 + offset
    for column, value in zip("ABCDEFGHI", row):
        if value is not None:
            sheet[f"{column}{line}"] = value
    if row[5] is not None:
        sheet[f"F{line}"].number_format = "dd/mm/yyyy"
# Unit code 1 over rows 6-8 and 2 over rows 9-10, shown as 000001 and 000002.
sheet.merge_cells("C6:C8")
sheet.merge_cells("C9:C10")
for line in (6, 9):
    sheet[f"C{line}"].number_format = "000000"
# One name in rich text: two runs read as one string.
sheet["B8"] = CellRichText(TextBlock(InlineFont(b=True), "SIMAK"), " BMN")

links = book.create_sheet("Integrasi")
links.append(["Dari", "Ke", "Rentang"])
links.append(["simpeg-kanwil", "e-surat", "^3"])
links.append(["aplikasi-haji", "simpeg-kanwil", ">=2.0.0"])

lookup = book.create_sheet("Referensi")
lookup.append(["Nama", "Kode"])
lookup.append(["Kanwil Jawa Barat", 1])
lookup.sheet_state = "hidden"

book.calculation = CalcProperties(fullCalcOnLoad=False)
book.save(os.path.join(here, "kanwil.xlsx"))
