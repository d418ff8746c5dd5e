/// The words a story's articles share: text that uses them is about the story.
///
/// Only a multi-source reader has this signal. A teaser for another story, a publisher
/// blurb or a menu shares few content words with the other outlets' text; a story
/// paragraph shares many, however it is worded.
struct StoryVocabulary {
    /// For each content word, how many documents' candidate text uses it, and the first of them:
    /// all a block needs to know is whether a document other than its own uses the word.
    private var users = ContentKeyTable<(count: Int, first: Int)>()
    private let documentCount: Int

    /// `documents`: for each document, the content words of its candidate text, each once.
    init(documents: [[ContentKey]]) {
        documentCount = documents.count
        for (index, words) in documents.enumerated() {
            for word in words {
                users.update(word, initial: (0, index)) { $0.count += 1 }
            }
        }
    }

    /// Share of a block's content words that some other document uses; `nil` when there is no other document.
    /// `words`: each once; none (nil) for a block already decided.
    func overlap(of words: (some Sequence<ContentKey>)?, inDocument document: Int) -> Double? {
        guard documentCount > 1 else { return nil }
        guard let words else { return 0 }
        var shared = 0
        var count = 0
        for word in words {
            count += 1
            guard let users = users.value(word), users.count > 1 || users.first != document else { continue }
            shared += 1
        }
        guard count > 0 else { return 0 }
        return Double(shared) / Double(count)
    }
}
