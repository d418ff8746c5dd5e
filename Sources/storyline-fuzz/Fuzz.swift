import Foundation
import StoryFuzz

#if FUZZING
    /// libFuzzer's entry point (built with `--sanitize fuzzer -Xswiftc -DFUZZING`; see `.ci/fuzz`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
        FuzzPipeline.run(Data(bytes: bytes, count: count))
        return 0
    }
#else
    /// Without libFuzzer: replays the files or folders given, as the fuzzer would feed them.
    @main
    struct Replay {
        static func main() {
            var count = 0
            for path in CommandLine.arguments.dropFirst() {
                var isFolder: ObjCBool = false
                FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
                let files = isFolder.boolValue
                    ? (FileManager.default.subpaths(atPath: path) ?? []).sorted().map { "\(path)/\($0)" } : [path]
                for file in files {
                    guard let data = FileManager.default.contents(atPath: file) else { continue }
                    print(file)
                    FuzzPipeline.run(data)
                    count += 1
                }
            }
            print("replayed \(count) inputs")
        }
    }
#endif
