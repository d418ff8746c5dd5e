extension Int {
    /// A count with its noun as a reader expects it: `1 paragraph`, `3 paragraphs`.
    public func counted(_ noun: String) -> String {
        "\(self) \(noun)\(self == 1 ? "" : "s")"
    }
}
