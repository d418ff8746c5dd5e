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

    /// The day a page's address dates it to, when its path spells one out as news sites do:
    /// `/2013/05/03/`, `/2013-05-03-`, `/20130503/`. A year and month alone (`/2013/05/`) date no
    /// day and are not taken.
    static func date(in url: String) -> DateStamp? {
        guard let scheme = url.range(of: "://") else { return nil }
        let path = url[scheme.upperBound...].drop { $0 != "/" }.prefix { $0 != "?" && $0 != "#" }
        let digits = path.split(whereSeparator: { !$0.isNumber }).map(String.init)
        // Runs of digits in order: year, month, day next to one another, or eight together.
        for (index, run) in digits.enumerated() {
            if run.count == 8, let stamp = stamp(String(run.prefix(4)), String(run.dropFirst(4).prefix(2)), String(run.suffix(2))) {
                return stamp
            }
            // Year first (`2013/05/03`, `2017/7/12`), or day first as in German and French
            // addresses (`29-10-2021`).
            if run.count == 4, index + 2 < digits.count, digits[index + 1].count <= 2, digits[index + 2].count <= 2,
               separatedOnly(path, digits[index], digits[index + 1], digits[index + 2]),
               let stamp = stamp(run, digits[index + 1], digits[index + 2])
            {
                return stamp
            }
            if run.count == 2, index + 2 < digits.count, digits[index + 1].count == 2, digits[index + 2].count == 4,
               ["-", "."].contains(where: { path.contains(run + $0 + digits[index + 1] + $0 + digits[index + 2]) }),
               let stamp = stamp(digits[index + 2], digits[index + 1], run)
            {
                return stamp
            }
        }
        return nil
    }

    /// Whether year, month and day stand together in the path, one separator apart (`2013/05/03`).
    private static func separatedOnly(_ path: Substring, _ year: String, _ month: String, _ day: String) -> Bool {
        ["/", "-", "_", "."].contains { separator in path.contains(year + separator + month + separator + day) }
    }

    private static func stamp(_ year: String, _ month: String, _ day: String) -> DateStamp? {
        guard let y = Int(year), let m = Int(month), let d = Int(day), (1990...2100).contains(y), (1...12).contains(m),
              (1...CivilCalendar.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        return DateStamp(year: y, month: m, day: d)
    }

    private static let hostPrefixes = ["www.", "www1.", "www2.", "m.", "mobile.", "amp.", "edition.", "news."]
}
