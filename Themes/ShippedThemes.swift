import Foundation

/// The themes shipped in this folder, found in the bundle they are copied into.
public enum ShippedThemes {
    /// In the order `t` cycles through them.
    public static let names = ["default", "light", "high-contrast", "256", "mono"]

    public static func url(named name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: "toml")
    }

    public static func text(named name: String) -> String? {
        url(named: name).flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }
}
