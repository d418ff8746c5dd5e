import Foundation

/// Expands the paths a user gives into the article files to read, in path order.
public enum FileCollector {
    public struct Collected: Sendable {
        public var files: [String] = []
        public var warnings: [LoadWarning] = []
    }

    /// A file name's extension, lowercased: what follows the last `.` of its last component,
    /// empty for none and for a name that only starts with a dot (`NSString.pathExtension`'s
    /// answer for a file's path, without that call, which is dear on Linux and made for every file).
    static func lowercasedExtension(of path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl", "ndjson"]

    /// Files named directly are read whatever their extension; files found in folders only when
    /// their extension is one Storyline reads (a saved page's images and scripts are passed over).
    /// Only regular files are read: a named pipe, a device or a socket, named or found, is
    /// skipped with a warning that says what it is.
    public static func collect(_ paths: [String]) throws(LoadError) -> Collected {
        var result = Collected()
        for path in paths {
            switch FileKind.of(path) {
            case .missing: throw .missingPath(path)
            case .folder:
                var visited: Set<String> = []
                var found: [String] = []
                walk(path, into: &found, warnings: &result.warnings, visited: &visited)
                result.files += found.sorted()
            case .regular: result.files.append(path)
            case let other: result.warnings.append(LoadWarning(path: path, message: other.skipped ?? "skipped"))
            }
        }
        return result
    }

    private static func walk(_ folder: String, into files: inout [String], warnings: inout [LoadWarning], visited: inout Set<String>) {
        let real = (folder as NSString).resolvingSymlinksInPath
        guard visited.insert(real).inserted else {
            warnings.append(LoadWarning(path: folder, message: "is a folder already read (a symbolic link loop?); skipped"))
            return
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            warnings.append(LoadWarning(path: folder, message: "cannot be read (permission denied?); skipped"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            switch FileKind.of(path) {
            case .folder: walk(path, into: &files, warnings: &warnings, visited: &visited)
            case .regular:
                let ext = Self.lowercasedExtension(of: name)
                if ext.isEmpty || articleExtensions.contains(ext) { files.append(path) }
            case let other: warnings.append(LoadWarning(path: path, message: other.skipped ?? "skipped"))
            }
        }
    }
}

/// Why a story could not be loaded at all.
public enum LoadError: Error, Equatable, CustomStringConvertible {
    case missingPath(String)
    /// Files were found but none holds an article: why, and the warning for each file skipped.
    case noArticles(String, warnings: [LoadWarning])

    public var description: String {
        switch self {
        case .missingPath(let path): return "no such file or folder: '\(path)'; check the path"
        case .noArticles(let why, _): return why
        }
    }

    /// The error for paths that gave no article, saying why rather than blaming the file type when
    /// the files were read: one file's own reason, or how many files were skipped.
    static func nothingRead(_ collected: FileCollector.Collected, paths: [String], warnings: [LoadWarning]) -> LoadError {
        let named = paths.count == 1 ? "'\(paths[0])'" : "the \(paths.count) paths given"
        guard !collected.files.isEmpty else {
            return .noArticles("no article files in \(named); give files in .txt, .md, .html or .json", warnings: warnings)
        }
        if collected.files.count == 1, let warning = warnings.last(where: { $0.path.hasPrefix(collected.files[0]) }) {
            let reason = warning.message.hasSuffix("; skipped") ? String(warning.message.dropLast(9)) : warning.message
            // The error says what its warning would: the warning is not repeated.
            return .noArticles("no article to read in '\(collected.files[0])': it \(reason)", warnings: warnings.filter { $0 != warning })
        }
        let files = collected.files.count
        return .noArticles("no article to read in \(named): none of the \(files) files has story text; the warnings say why each was skipped", warnings: warnings)
    }
}
