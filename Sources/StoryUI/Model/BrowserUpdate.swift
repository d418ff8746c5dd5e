import StoryCore

/// What the work behind the browser has for it, asked between keys: loading runs on other
/// threads, and the panes fill in as each stage completes.
public enum BrowserUpdate: Sendable {
    case nothing
    /// Still reading: the line for the status bar.
    case progress(String)
    /// A stage is done: the sources, then the whole analysis. Each is handed over once.
    case model(BrowserModel)
    /// The folder holds several stories: the browser lists them.
    case stories(Story, StoryGroups)
    /// The story could not be read at all (no articles): the session ends with this error.
    case failed(String)
}
