import Foundation

/// How a one-shot command ends: its report written, the process exits at once.
enum ReportOutput {
    /// Prints `report` and exits, never freeing what `keeping` holds (the story, its analysis,
    /// the report's tree): the process is about to end, and freeing a 2,000-article story object
    /// by object took ~60 ms on one core after the report was complete (1.5% of a `quotes` run,
    /// all of it in the serial end). Naming them here keeps them alive until the exit.
    static func finish(_ report: String, keeping objects: Any...) -> Never {
        print(report)
        // `exit` flushes standard output.
        withExtendedLifetime(objects) { exit(EXIT_SUCCESS) }
    }
}
