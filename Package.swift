// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "customer-review",
    products: [
        .executable(name: "customer-review", targets: ["customer-review"]),
        .library(name: "CustomerReview", targets: ["CustomerReview"]),
    ],
    targets: [
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(
            name: "CustomerReview",
            dependencies: ["CXlsxWriter"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .executableTarget(
            name: "customer-review",
            dependencies: ["CustomerReview"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
        .testTarget(
            name: "CustomerReviewTests",
            dependencies: ["CustomerReview"],
            exclude: ["Fixtures", "Golden", "BadInput"],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
