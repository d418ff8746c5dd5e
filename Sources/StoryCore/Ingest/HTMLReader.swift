import CLibXML2
import Foundation

/// Reads a saved web page with libxml2's forgiving HTML parser: metadata from the head and
/// JSON-LD, text blocks from the body, with markup that is not story (nav, footer, aside,
/// forms, share and related boxes) marked as removed rather than dropped silently.
public enum HTMLReader {
    public static func read(html: String, path: String, format: SourceFormat = .html) -> SourceDocument {
        guard let document = parse(html) else {
            return SourceDocument(path: path, format: format, blocks: PlainTextReader.blocks(from: html))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return SourceDocument(path: path, format: format, blocks: [])
        }
        let head = HTMLHeadReader.metadata(root: root)
        var collector = HTMLBlockCollector()
        collector.collect(root)
        let metadata = head.filled(from: collector.inlineMetadata)
        return SourceDocument(path: path, format: format, metadata: metadata, blocks: collector.blocks)
    }

    /// Blocks of an HTML fragment (a JSON `content` field, rendered Markdown).
    public static func blocks(fromFragment html: String) -> [PageBlock] {
        read(html: "<html><body>\(html)</body></html>", path: "").blocks
    }

    /// libxml2 must set up its globals once, before any thread parses: pages are read on both cores.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    private static func parse(_ html: String) -> htmlDocPtr? {
        _ = initialized
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
                // Without it libxml2 drops everything nested deeper than 256 elements.
                | XML_PARSE_HUGE.rawValue)
        var bytes = AttributeCap.capped(Array(html.utf8))
        if bytes.isEmpty { bytes = Array("<html></html>".utf8) }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
    }
}

/// Small conveniences over libxml2's node struct.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var elementName: String? {
        guard pointee.type == XML_ELEMENT_NODE, let name = pointee.name else { return nil }
        return String(cString: name).lowercased()
    }

    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    var childNodes: [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            result.append(node)
            child = node.pointee.next
        }
        return result
    }

    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(self, name) else { return nil }
        defer { storyline_xml_free(value) }
        return String(cString: value)
    }

    /// All the text below this node; scripts and styles below it are left out.
    var textContent: String {
        var text = ""
        forEachDescendant { node in
            if node.isText {
                if let content = node.pointee.content { text += String(cString: content) }
                return false
            }
            if let name = node.elementName, ["script", "style", "noscript", "template"].contains(name) { return false }
            return true
        }
        return text
    }

    /// Visits the nodes below this one in document order, entering a node's children only when
    /// `body` returns true. A loop, not recursion: a hostile page may nest tens of thousands of
    /// elements deep, past what a thread's stack holds.
    func forEachDescendant(_ body: (xmlNodePtr) -> Bool) {
        var next = pointee.children
        while let current = next {
            if body(current), let child = current.pointee.children {
                next = child
                continue
            }
            next = nil
            var cursor: xmlNodePtr? = current
            while let node = cursor, node != self {
                if let sibling = node.pointee.next {
                    next = sibling
                    break
                }
                cursor = node.pointee.parent
            }
        }
    }
}
