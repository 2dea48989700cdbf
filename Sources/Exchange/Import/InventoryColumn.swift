/// A column kind of an imported file: its canonical header and the other names it goes by.
protocol InventoryColumn: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {
  /// Header names that mean this column, normalised.
  var synonyms: [String] { get }
}

extension ServiceColumn: InventoryColumn {}

extension LinkColumn: InventoryColumn {}
