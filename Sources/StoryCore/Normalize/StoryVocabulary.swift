/// The words a story's articles share: text that uses them is about the story.
///
/// Only a multi-source reader has this signal. A teaser for another story, a publisher
/// blurb or a menu shares few content words with the other outlets' text; a story
/// paragraph shares many, however it is worded.
struct StoryVocabulary {
    /// For each content word, the documents (by index) whose candidate text uses it.
    private var documentsByWord: [String: Set<Int>] = [:]
    private let documentCount: Int

    init(documents: [[String]]) {
        documentCount = documents.count
        for (index, blocks) in documents.enumerated() {
            for block in blocks {
                for word in Words.contentWords(in: block) { documentsByWord[word, default: []].insert(index) }
            }
        }
    }

    /// Share of a block's content words that some other document uses; `nil` when there is no other document.
    func overlap(of text: String, inDocument document: Int) -> Double? {
        guard documentCount > 1 else { return nil }
        let words = Set(Words.contentWords(in: text))
        guard !words.isEmpty else { return 0 }
        let shared = words.filter { word in
            guard let documents = documentsByWord[word] else { return false }
            return documents.count > (documents.contains(document) ? 1 : 0)
        }
        return Double(shared.count) / Double(words.count)
    }
}
