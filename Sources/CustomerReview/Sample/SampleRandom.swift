/// The sample data's own pseudo-random numbers: SplitMix64 (Steele, Lea and Flood, 2014).
///
/// Never the system generator: the same seed must give the same bytes on every machine and
/// every run. Each part of the data (a customer's core facts, one month of its visits, …)
/// draws from its own stream, derived from the seed and the part's coordinates, so that a
/// part can be recomputed in any pass and in any order, and changing how one part is drawn
/// does not shift every other part.
///
/// Only integer arithmetic: no `Double`, so no rounding that could differ between platforms.
struct SampleRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// The stream of one part of the data: `stream` names the part, `a`, `b`, `c` locate it
    /// (a customer index, a month index, a visit number).
    init(seed: UInt64, _ stream: SampleStream, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) {
        var h = Self.finalize(seed ^ (stream.rawValue &* 0xD1B5_4A32_D192_ED03))
        h = Self.finalize(h ^ UInt64(truncatingIfNeeded: a))
        h = Self.finalize(h &+ UInt64(truncatingIfNeeded: b) &* 0x9E37_79B9_7F4A_7C15)
        h = Self.finalize(h ^ UInt64(truncatingIfNeeded: c) &* 0xBF58_476D_1CE4_E5B9)
        state = h
    }

    /// SplitMix64's output function, also used to mix the stream coordinates.
    static func finalize(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0), by Lemire's multiply-shift; the bias of at most
    /// bound/2^64 does not matter for sample data.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with a probability of `percent` in a hundred.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    /// True with a probability of `perMille` in a thousand.
    mutating func chance(perMille: Int) -> Bool { below(1000) < perMille }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    mutating func weighted(_ weights: [Int]) -> Int {
        var total = 0
        for weight in weights { total += weight }
        var roll = below(total)
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }
}

/// The parts of the sample data, each drawn from its own stream.
enum SampleStream: UInt64 {
    case core = 1
    case companyName
    case address
    case people
    case profile
    case visitPlan
    case visitDetail
    case invoicePlan
    case invoiceDetail
    case contracts
    case staff
    case badRows
    case evaluations
}
