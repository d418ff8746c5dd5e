/// A page's address, as metadata or a text page's first lines give it, and the site it names.
enum PageURL {
    /// `text` when it is one absolute web address and nothing else, without a trailing fragment.
    static func cleaned(_ text: String) -> String? {
        let trimmed = text.trimmed
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), !trimmed.contains(" "), host(of: trimmed) != nil else { return nil }
        return trimmed.split(separator: "#", maxSplits: 1).first.map(String.init) ?? trimmed
    }

    /// The host of an absolute address, lowercased: `https://www.Example.co.uk/a` → `www.example.co.uk`.
    static func host(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        guard host.contains("."), host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return host
    }

    /// The site an address names, made readable: its host without the `www.`-style prefixes that
    /// name no site (`https://www.valmora-daily.com/…` → `valmora-daily.com`).
    static func siteName(_ url: String) -> String? {
        guard var host = host(of: url) else { return nil }
        for prefix in hostPrefixes where host.hasPrefix(prefix) && host.split(separator: ".").count > 2 {
            host.removeFirst(prefix.count)
            break
        }
        return host
    }

    private static let hostPrefixes = ["www.", "www1.", "www2.", "m.", "mobile.", "amp.", "edition.", "news."]
}
