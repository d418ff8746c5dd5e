#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The legacy multi-byte encodings of Chinese, Japanese and Korean pages, decoded by the C
/// library's `iconv`: GB18030 (which reads GB2312 and GBK), Big5, Shift_JIS, EUC-JP, EUC-KR.
struct MultiByteEncoding: Sendable {
    let name: String
    /// The name `iconv` knows the encoding by.
    let iconvName: String

    static let gb18030 = MultiByteEncoding(name: "gb18030", iconvName: "GB18030")
    static let big5 = MultiByteEncoding(name: "big5", iconvName: "BIG5-HKSCS")
    static let shiftJIS = MultiByteEncoding(name: "shift_jis", iconvName: "CP932")
    static let eucJP = MultiByteEncoding(name: "euc-jp", iconvName: "EUC-JP")
    static let eucKR = MultiByteEncoding(name: "euc-kr", iconvName: "CP949")

    /// Labels as the WHATWG Encoding Standard maps them.
    static let labels: [String: MultiByteEncoding] = {
        let groups: [(MultiByteEncoding, [String])] = [
            (.gb18030, ["gb18030", "gbk", "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "chinese", "csgb2312", "iso-ir-58", "cp936", "windows-936"]),
            (.big5, ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"]),
            (.shiftJIS, ["shift_jis", "shift-jis", "sjis", "ms_kanji", "csshiftjis", "windows-31j", "x-sjis", "ms932", "cp932"]),
            (.eucJP, ["euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"]),
            (.eucKR, ["euc-kr", "cseuckr", "ks_c_5601-1987", "ks_c_5601-1989", "ksc5601", "korean", "windows-949", "cp949"]),
        ]
        var table: [String: MultiByteEncoding] = [:]
        for (encoding, names) in groups { for name in names { table[name] = encoding } }
        return table
    }()

    /// The text, each byte the encoding cannot read given as one `�`; nil when `iconv` does not
    /// know the encoding on this system.
    func decode(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", iconvName)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        var input = bytes
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        input.withUnsafeMutableBufferPointer { source in
            var inPointer = UnsafeMutableRawPointer(source.baseAddress!).assumingMemoryBound(to: CChar.self)
            var inLeft = source.count
            while inLeft > 0 {
                let (result, written) = buffer.withUnsafeMutableBufferPointer { target -> (Int, Int) in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(target.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    var inCursor: UnsafeMutablePointer<CChar>? = inPointer
                    let result = iconv(converter, &inCursor, &inLeft, &outPointer, &outLeft)
                    inPointer = inCursor!
                    return (result, target.count - outLeft)
                }
                output.append(contentsOf: buffer[..<written])
                if result == -1, errno != E2BIG {
                    // A byte the encoding cannot read (or a sequence cut off at the end): one `�`, then on.
                    output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPointer += 1
                    inLeft -= 1
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
