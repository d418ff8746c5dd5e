import TOMLKit

/// A theme file that cannot be used, with what is wrong and where.
public struct ThemeError: Error, Equatable, CustomStringConvertible {
    public var source: String
    public var problem: String

    public var description: String { "theme \(source): \(problem)" }
}

/// Reads theme files: `[roles]` with `role = { fg = …, bg = …, bold = true, … }`.
public enum ThemeParser {
    public static func parse(_ text: String, source: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(source: source, problem: "line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)")
        } catch {
            throw ThemeError(source: source, problem: "is not valid TOML")
        }
        let name = table["name"]?.string ?? source
        guard let roles = table["roles"]?.table else {
            throw ThemeError(source: source, problem: "has no [roles] table")
        }
        var styles: [Role: ThemeStyle] = [:]
        for (key, value) in roles {
            guard let role = Role(rawValue: key) else {
                throw ThemeError(source: source, problem: "unknown role '\(key)' (known: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            guard let entry = value.table else {
                throw ThemeError(source: source, problem: "role '\(key)' should be a table like { fg = \"red\", bold = true }")
            }
            var style = ThemeStyle()
            for (attribute, setting) in entry {
                switch attribute {
                case "fg", "foreground": style.foreground = try color(setting, role: key, source: source)
                case "bg", "background": style.background = try color(setting, role: key, source: source)
                case "bold", "dim", "italic", "underline", "reverse":
                    guard let flag = setting.bool else {
                        throw ThemeError(source: source, problem: "role '\(key)': \(attribute) should be true or false")
                    }
                    switch attribute {
                    case "bold": style.bold = flag
                    case "dim": style.dim = flag
                    case "italic": style.italic = flag
                    case "underline": style.underline = flag
                    default: style.reverse = flag
                    }
                default:
                    throw ThemeError(source: source, problem: "role '\(key)': unknown attribute '\(attribute)' (use fg, bg, bold, dim, italic, underline, reverse)")
                }
            }
            styles[role] = style
        }
        return Theme(name: name, styles: styles)
    }

    private static func color(_ value: TOMLValueConvertible, role: String, source: String) throws(ThemeError) -> ThemeColor {
        if let number = value.int {
            guard (0...255).contains(number) else { throw ThemeError(source: source, problem: "role '\(role)': colour \(number) is not in 0-255") }
            return .indexed(number)
        }
        guard let text = value.string?.lowercased() else {
            throw ThemeError(source: source, problem: "role '\(role)': a colour is a name, a number 0-255 or \"#rrggbb\"")
        }
        if text.hasPrefix("#"), text.count == 7, let rgb = Int(text.dropFirst(), radix: 16) {
            return .rgb(UInt8(rgb >> 16 & 0xFF), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF))
        }
        if text == "default" { return .terminalDefault }
        let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        if let index = names.firstIndex(of: text) { return .indexed(index) }
        if text.hasPrefix("bright-"), let index = names.firstIndex(of: String(text.dropFirst(7))) { return .indexed(index + 8) }
        if text == "grey" || text == "gray" { return .indexed(8) }
        throw ThemeError(source: source, problem: "role '\(role)': unknown colour '\(text)'")
    }
}
