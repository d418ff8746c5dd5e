import Foundation

/// What a path is on disk, asked of the file system without opening it: only regular files are
/// read, since opening a named pipe waits for a writer and a device never ends.
enum FileKind: Equatable {
    case regular, folder, namedPipe, device, socket, brokenLink, missing

    /// The kind of what `path` names, through symbolic links.
    static func of(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            var link = stat()
            return lstat(path, &link) == 0 ? .brokenLink : .missing
        }
        return of(mode: info.st_mode)
    }

    /// The kind a `stat` mode gives: anything not regular, a folder, a pipe or a socket is a device.
    static func of(mode: mode_t) -> FileKind {
        switch mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .folder
        case S_IFIFO: return .namedPipe
        case S_IFSOCK: return .socket
        default: return .device
        }
    }

    /// Why a path of this kind is not read, for the warning that names it.
    var skipped: String? {
        switch self {
        case .regular, .folder: return nil
        case .namedPipe: return "is a named pipe, not a file; skipped"
        case .device: return "is a device, not a file; skipped"
        case .socket: return "is a socket, not a file; skipped"
        case .brokenLink: return "is a broken link; skipped"
        case .missing: return "no longer exists; skipped"
        }
    }
}
