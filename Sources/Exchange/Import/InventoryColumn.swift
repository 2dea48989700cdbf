/// A column kind of an imported file: its canonical header and the other names it goes by.
protocol InventoryColumn: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {
  /// Header names that mean this column, normalised, the surest first.
  var synonyms: [String] { get }
  /// Words that, inside a header no synonym matches (`skpdapp`, `infofungsi`), say it is this
  /// column, written without spaces.
  var keywords: [String] { get }
}

extension InventoryColumn {
  var keywords: [String] { [] }
}

extension ServiceColumn: InventoryColumn {}

extension LinkColumn: InventoryColumn {}
