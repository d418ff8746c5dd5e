/// Verbs that report speech: `said`, `told`, `warned`, `insisted`, `declined` … in every inflection.
public enum SpeechVerbs {
    /// Whether a folded word is an inflection of a speech verb.
    public static func contains(_ word: String) -> Bool { forms.contains(word) }

    /// A speech verb in running text: lowercase, so the country in `the United States` is not `states`.
    static func isVerb(_ token: WordToken) -> Bool {
        token.isWord && !token.isCapitalized && forms.contains(token.folded)
    }

    /// Verbs that carry a statement even without `that` after them: `said the union had written …`.
    public static func introducesClause(_ word: String) -> Bool { clauseForms.contains(word) }

    private static let bases = """
        say tell state add note warn insist decline claim argue explain announce confirm deny reveal acknowledge admit \
        assert declare affirm maintain contend suggest stress emphasize emphasise underline underscore point mention \
        report respond reply answer remark comment observe continue conclude predict promise pledge vow threaten \
        urge call demand ask question wonder complain protest object criticize criticise condemn denounce accuse \
        allege blame praise welcome hail thank apologize apologise concede agree disagree dispute reject dismiss \
        refute counter rebut retort caution advise recommend propose tell testify recall recount describe characterize \
        characterise estimate calculate forecast project reckon believe think feel hope fear expect doubt speculate \
        hint imply indicate signal clarify elaborate detail specify repeat reiterate restate echo assure reassure \
        guarantee boast brag joke quip laugh sigh shout scream yell whisper murmur mutter cry exclaim plead beg pray \
        appeal implore request invite instruct command decree \
        announce proclaim publish post tweet write blog text email message cable inform notify alert brief update \
        advise counsel lecture preach teach tell narrate relate disclose divulge leak expose uncover highlight flag \
        broach cite quote paraphrase summarize summarise add interject interrupt \
        acknowledge recognize recognise concur \
        endorse retract \
        emphasise stipulate specify prescribe mandate require demand press push lobby campaign petition challenge \
        contest query probe press grill interrogate cross-examine inquire enquire rejoin posit theorize hypothesize \
        surmise guess conjecture opine editorialize reflect muse \
        label brand dub term outline portray depict \
        voice articulate convey communicate imply insinuate allude \
        attest certify corroborate
        """

    private static let irregular: [String: [String]] = [
        "say": ["said", "says", "saying"], "tell": ["told", "tells", "telling"], "write": ["wrote", "written", "writes", "writing"],
        "speak": ["spoke", "spoken", "speaks", "speaking"], "think": ["thought"], "feel": ["felt"], "begin": ["began", "begun"],
        "bring": ["brought"], "teach": ["taught"], "put": ["puts", "putting"], "cast": ["casts"], "mean": ["meant"],
        "show": ["shown"], "prove": ["proven"], "go": ["went"],
    ]

    static let forms = WordSet(allForms)

    private static var allForms: Set<String> {
        var forms: Set<String> = ["according", "speaking", "spoke", "speak", "speaks"]
        for base in bases.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) {
            forms.insert(base)
            forms.formUnion(irregular[base] ?? [])
            forms.insert(thirdPerson(base))
            forms.insert(past(base))
            forms.insert(gerund(base))
        }
        return forms
    }

    /// Verbs that take a bare clause (`said the union had written`); the rest need `that`.
    private static let clauseForms: WordSet = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "warned", "warns",
        "insisted", "insists", "claimed", "claims", "argued", "argues", "explained", "explains", "acknowledged",
        "acknowledges", "admitted", "admits", "asserted", "asserts", "declared", "declares", "maintained", "maintains",
        "suggested", "suggests", "predicted", "predicts", "believes", "believed", "hopes", "hoped", "fears", "feared",
        "expects", "expected", "conceded", "agreed", "alleged", "alleges", "estimated", "estimates", "reckons", "thinks",
        "thought", "wrote", "writes", "contended", "contends", "assured", "assures",
    ]

    private static func thirdPerson(_ base: String) -> String {
        if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) { return base.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: base.hasSuffix) { return base + "es" }
        return base + "s"
    }

    private static func past(_ base: String) -> String {
        if base.hasSuffix("e") { return base + "d" }
        if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) { return base.dropLast() + "ied" }
        if ["stop", "plan", "admit", "commit", "regret", "refer", "prefer", "rebut", "quip", "beg", "signal", "label", "counsel"].contains(base) {
            return base + String(base.last!) + "ed"
        }
        return base + "ed"
    }

    private static func gerund(_ base: String) -> String {
        if base.hasSuffix("ie") { return base.dropLast(2) + "ying" }
        if base.hasSuffix("e"), !base.hasSuffix("ee") { return base.dropLast() + "ing" }
        if ["admit", "commit", "regret", "refer", "prefer", "rebut", "quip", "beg", "stop", "plan"].contains(base) {
            return base + String(base.last!) + "ing"
        }
        return base + "ing"
    }
}
