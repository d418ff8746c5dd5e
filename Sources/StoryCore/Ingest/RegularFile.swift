import Foundation

/// Reads the start of a regular file without ever blocking: the file is opened non-blocking and
/// checked to be regular on the open descriptor (a path checked earlier may have been swapped for
/// a named pipe since), and no more than `limit` bytes are read, however much the file grows
/// meanwhile.
enum RegularFile {
    enum Outcome {
        /// Up to `limit` bytes, and the file's size when it was opened.
        case read(Data, size: Int)
        case notRegular(FileKind)
        case failed(String)
    }

    static func read(_ path: String, upTo limit: Int) -> Outcome {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failed(errorText(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failed(errorText(errno)) }
        let kind = FileKind.of(mode: info.st_mode)
        guard kind == .regular else { return .notRegular(kind) }
        let size = Int(info.st_size)
        // Room for the size it had, and more only as it turns out longer (a file still being
        // written, or one the system reports as empty until read), up to the limit.
        var bytes = [UInt8](repeating: 0, count: max(1, min(limit, size + 1)))
        var filled = 0
        while filled < limit {
            if filled == bytes.count { bytes += repeatElement(0, count: min(limit, bytes.count * 2) - bytes.count) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failed(errorText(errno)) }
            if count == 0 { break }
            filled += count
        }
        return .read(Data(bytes[..<filled]), size: size)
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
