/// What every part of one sample shares: the size, the seed, the months covered, the review
/// date the data is made for, and the staff.
struct SampleWorld {
    let seed: UInt64
    let customers: Int
    let months: Int
    /// The last month of data.
    let through: YearMonth
    /// The first month of data.
    let windowStart: YearMonth
    let windowFirstDay: CalendarDate
    let throughLastDay: CalendarDate
    /// The 15th of the month after `through`: the as-of date of the monthly review the data
    /// is made for. Good rows of that month run up to the day before it (so that a weekly
    /// agenda of that date shows the month's progress); one bad visit is dated after it.
    let reviewDate: CalendarDate
    let staff: SampleStaff
    /// Where creation dates fall: long ago, during the months covered, in their last quarter.
    private let createdRanges: [(CalendarDate, CalendarDate)]
    /// Digits of the number in a customer id (`KH0000123`): at least seven.
    let idWidth: Int

    init(customers: Int, months: Int, seed: UInt64, through: YearMonth) {
        self.seed = seed
        self.customers = customers
        self.months = months
        self.through = through
        windowStart = through.adding(months: -(months - 1))
        windowFirstDay = windowStart.firstDay
        throughLastDay = through.lastDay
        let longAgo = min(CalendarDate(year: 2012, month: 1, day: 1) ?? windowFirstDay, windowFirstDay.adding(days: -3_650))
        createdRanges = [
            (longAgo, windowFirstDay.adding(days: -1)),
            (windowFirstDay, throughLastDay),
            (max(windowFirstDay, throughLastDay.adding(days: -91)), throughLastDay),
        ]
        reviewDate = through.adding(months: 1).firstDay.adding(days: 14)
        staff = SampleStaff(customers: customers, seed: seed)
        idWidth = max(7, String(customers + 1_000).count)
    }

    var monthsInWindow: [YearMonth] { (0..<months).map { windowStart.adding(months: $0) } }

    /// The month of the review date, whose first days the visits and invoices also cover.
    var reviewMonth: YearMonth { through.adding(months: 1) }

    /// The months visits and invoices are written for: the window, then the review month so far.
    var monthsWritten: [YearMonth] { monthsInWindow + [reviewMonth] }

    /// Whether a visit or invoice planned on `day` of `month` is written: every day of the
    /// window, the review month's before the review date.
    func isWritten(day: Int, of month: YearMonth) -> Bool { month != reviewMonth || day < reviewDate.day }

    func customer(_ index: Int) -> SampleCustomer { SampleCustomer(index: index, world: self) }

    /// Appends the id of customer `index` (0-based): `KH0000001` is the first.
    func appendCustomerID(_ index: Int, to record: inout SampleRecord) {
        record.append("KH")
        record.appendPadded(index + 1, width: idWidth)
    }

    func addCustomerID(_ index: Int, to record: inout SampleRecord) {
        record.beginField()
        appendCustomerID(index, to: &record)
        record.endField()
    }

    /// The id of customer `index` as text.
    func customerIDText(_ index: Int) -> String {
        let number = String(index + 1)
        return "KH" + String(repeating: "0", count: max(0, idWidth - number.count)) + number
    }

    /// An id no customer has, not even a deliberately bad row of customers.csv.
    var unknownCustomerID: String {
        let number = String(customers + 900)
        return "KH" + String(repeating: "0", count: max(0, idWidth - number.count)) + number
    }

    /// The id of the `k`-th extra customer row written only as a bad row.
    func extraCustomerID(_ k: Int) -> String {
        let number = String(customers + 1 + k)
        return "KH" + String(repeating: "0", count: max(0, idWidth - number.count)) + number
    }

    /// The fixture customer `index` is, if any: fixture `j` of `K` is customer `⌊j·N/K⌋`.
    func fixture(at index: Int) -> SampleFixture? {
        let count = SampleFixture.allCases.count
        let j = (index * count + customers - 1) / customers
        guard j < count, j * customers / count == index else { return nil }
        return SampleFixture(rawValue: j)
    }

    /// Most customers were created years ago; some during the months covered, some in the
    /// last quarter of them.
    func createdDate(roll: Int, offset: UInt64) -> CalendarDate {
        let (from, to) = createdRanges[roll < 80 ? 0 : roll < 92 ? 1 : 2]
        let span = UInt64(to.days(since: from) + 1)
        return from.adding(days: Int(offset % span))
    }

    /// A working day of `month` from `firstDay` on: Sundays move to the Saturday before, or the
    /// Monday after when the Saturday is outside the allowed days.
    func workingDay(in month: YearMonth, from firstDay: Int, random: inout SampleRandom) -> CalendarDate {
        let last = CalendarDate.daysIn(year: month.year, month: month.month)
        let start = min(max(firstDay, 1), last)
        let day = random.int(start...last)
        let date = month.firstDay.adding(days: day - 1)
        guard date.isoWeekday == 7 else { return date }
        if day - 1 >= start { return date.adding(days: -1) }
        if day + 1 <= last { return date.adding(days: 1) }
        return date
    }
}
