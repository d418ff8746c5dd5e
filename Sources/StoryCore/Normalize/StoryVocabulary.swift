/// The words a story's articles share: text that uses them is about the story.
///
/// Only a multi-source reader has this signal. A teaser for another story, a publisher
/// blurb or a menu shares few content words with the other outlets' text; a story
/// paragraph shares many, however it is worded.
struct StoryVocabulary {
    /// For each content word, how many documents' candidate text uses it, and the first of them:
    /// all a block needs to know is whether a document other than its own uses the word.
    private var users: [ContentKey: (count: Int, first: Int)] = [:]
    private let documentCount: Int

    /// `documents`: for each document, the content words of its candidate text.
    init(documents: [Set<ContentKey>]) {
        documentCount = documents.count
        for (index, words) in documents.enumerated() {
            for word in words {
                if let known = users[word] { users[word] = (known.count + 1, known.first) } else { users[word] = (1, index) }
            }
        }
    }

    /// Share of a block's content words that some other document uses; `nil` when there is no other document.
    func overlap(of words: Set<ContentKey>, inDocument document: Int) -> Double? {
        guard documentCount > 1 else { return nil }
        guard !words.isEmpty else { return 0 }
        let shared = words.filter { word in
            guard let users = users[word] else { return false }
            return users.count > 1 || users.first != document
        }
        return Double(shared.count) / Double(words.count)
    }
}
