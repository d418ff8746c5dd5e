import Foundation

/// Expands the paths a user gives into the article files to read, in path order.
public enum FileCollector {
    public struct Collected: Sendable {
        public var files: [String] = []
        public var warnings: [LoadWarning] = []
    }

    /// A file name's extension, lowercased: what follows the last `.` of its last component,
    /// empty for none and for a name that only starts with a dot (`NSString.pathExtension`'s
    /// answer for a file's path, without its ~20,000 instructions a call on Linux).
    static func lowercasedExtension(of path: String) -> String {
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...]
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return name[name.utf8.index(after: dot)...].lowercased()
    }

    static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl", "ndjson"]

    /// Files named directly are read whatever their extension; files found in folders only when
    /// their extension is one Storyline reads (a saved page's images and scripts are passed over).
    public static func collect(_ paths: [String]) throws(LoadError) -> Collected {
        var result = Collected()
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .missingPath(path) }
            if isDirectory.boolValue {
                var visited: Set<String> = []
                var found: [String] = []
                walk(path, into: &found, warnings: &result.warnings, visited: &visited)
                result.files += found.sorted()
            } else {
                result.files.append(path)
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
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else {
            warnings.append(LoadWarning(path: folder, message: "cannot be read (permission denied?); skipped"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                warnings.append(LoadWarning(path: path, message: "is a broken link; skipped"))
                continue
            }
            if isDirectory.boolValue {
                walk(path, into: &files, warnings: &warnings, visited: &visited)
            } else {
                let ext = Self.lowercasedExtension(of: name)
                if ext.isEmpty || articleExtensions.contains(ext) { files.append(path) }
            }
        }
    }
}

/// Why a story could not be loaded at all.
public enum LoadError: Error, Equatable, CustomStringConvertible {
    case missingPath(String)
    case noArticles(String)

    public var description: String {
        switch self {
        case .missingPath(let path): return "no such file or folder: '\(path)'; check the path"
        case .noArticles(let detail): return "no articles to read in \(detail); give files in .txt, .md, .html or .json"
        }
    }
}
