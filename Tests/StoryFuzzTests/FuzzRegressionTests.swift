import Foundation
import StoryFuzz
import Testing

/// Every input the fuzzer has ever crashed on (`Crashers/`), and the seed corpus it starts from
/// (`Corpus/` and the core tests' fixtures), run through the whole pipeline: none may crash or hang.
@Suite("Fuzzer regressions")
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func files(in folder: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.compactMap { $0 as? URL } ?? [])
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }

    static var inputs: [URL] {
        files(in: root.appendingPathComponent("Crashers")) + files(in: root.appendingPathComponent("Corpus"))
            + files(in: root.deletingLastPathComponent().appendingPathComponent("StoryCoreTests/Fixtures"))
    }

    @Test func theCorpusIsThere() {
        #expect(Self.files(in: Self.root.appendingPathComponent("Corpus")).count >= 10)
    }

    @Test("replays without a crash", arguments: inputs)
    func replays(input: URL) throws {
        FuzzPipeline.run(try Data(contentsOf: input))
    }
}
