import Foundation
import StoryCore

/// How a one-shot command ends: its report written, the process exits at once.
enum ReportOutput {
    /// Prints a JSON report (its writer escapes every control character) and exits, never
    /// freeing what `keeping` holds (the story, its analysis, the report's tree): the process is
    /// about to end, and freeing a large story object by object only delays the exit. Naming
    /// them here keeps them alive until then.
    static func finish(_ json: String, keeping objects: Any...) -> Never {
        print(json)
        // `exit` flushes standard output.
        withExtendedLifetime(objects) { exit(EXIT_SUCCESS) }
    }

    /// Prints a text report for people, with anything from outside that could drive the
    /// terminal shown escaped, and exits as `finish` does.
    static func finish(text: String, keeping objects: Any...) -> Never {
        print(TerminalText.visible(text, keepingLineBreaks: true))
        withExtendedLifetime(objects) { exit(EXIT_SUCCESS) }
    }
}

/// The one-line messages on standard error, `storyline: warning: …` and `storyline: error: …`,
/// escaped as every text from outside is (a file name may hold an escape sequence).
enum Console {
    static func warning(_ path: String, _ message: String) {
        write("storyline: warning: \(TerminalText.visible(path)): \(TerminalText.visible(message))")
    }

    /// What a command chose on the user's behalf, and how to choose otherwise.
    static func note(_ message: String) {
        write("storyline: note: \(TerminalText.visible(message))")
    }

    static func error(_ message: String) {
        write("storyline: error: \(TerminalText.visible(message))")
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
