import CustomerReview
import Foundation

/// Entry point: parse the command, run it, turn errors into one line on stderr and the exit
/// status SPEC §5 gives them.
let console = Console()
let status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), console: console)
exit(status)
