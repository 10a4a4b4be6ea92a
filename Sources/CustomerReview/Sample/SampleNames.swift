/// Word lists for the sample's people, companies and places: common surnames and given-name
/// characters, cities with their province, telephone area code and districts, brand words
/// with their pinyin (for e-mail addresses and web sites), industries and roads.
enum SampleNames {
    struct City {
        /// Empty for the four municipalities (上海市 is both province and city).
        let province: String
        let city: String
        /// The city as company names use it: 上海, 苏州.
        let short: String
        let pinyin: String
        let areaCode: String
        let districts: [String]
    }

    static let cities: [City] = [
        City(province: "", city: "上海市", short: "上海", pinyin: "sh", areaCode: "021",
             districts: ["浦东新区", "闵行区", "嘉定区", "松江区", "青浦区", "宝山区"]),
        City(province: "", city: "北京市", short: "北京", pinyin: "bj", areaCode: "010",
             districts: ["朝阳区", "海淀区", "大兴区", "顺义区", "通州区"]),
        City(province: "", city: "天津市", short: "天津", pinyin: "tj", areaCode: "022",
             districts: ["滨海新区", "西青区", "东丽区", "武清区"]),
        City(province: "", city: "重庆市", short: "重庆", pinyin: "cq", areaCode: "023",
             districts: ["渝北区", "九龙坡区", "江北区", "沙坪坝区"]),
        City(province: "广东省", city: "广州市", short: "广州", pinyin: "gz", areaCode: "020",
             districts: ["天河区", "白云区", "黄埔区", "番禺区"]),
        City(province: "广东省", city: "深圳市", short: "深圳", pinyin: "sz", areaCode: "0755",
             districts: ["南山区", "宝安区", "龙岗区", "福田区"]),
        City(province: "广东省", city: "东莞市", short: "东莞", pinyin: "dg", areaCode: "0769",
             districts: ["长安镇", "虎门镇", "松山湖高新区"]),
        City(province: "广东省", city: "佛山市", short: "佛山", pinyin: "fs", areaCode: "0757",
             districts: ["顺德区", "南海区", "禅城区"]),
        City(province: "江苏省", city: "苏州市", short: "苏州", pinyin: "suzhou", areaCode: "0512",
             districts: ["工业园区", "吴中区", "相城区", "昆山市"]),
        City(province: "江苏省", city: "南京市", short: "南京", pinyin: "nj", areaCode: "025",
             districts: ["江宁区", "栖霞区", "浦口区"]),
        City(province: "江苏省", city: "无锡市", short: "无锡", pinyin: "wx", areaCode: "0510",
             districts: ["新吴区", "滨湖区", "惠山区"]),
        City(province: "江苏省", city: "常州市", short: "常州", pinyin: "cz", areaCode: "0519",
             districts: ["武进区", "新北区"]),
        City(province: "浙江省", city: "杭州市", short: "杭州", pinyin: "hz", areaCode: "0571",
             districts: ["余杭区", "萧山区", "滨江区", "西湖区"]),
        City(province: "浙江省", city: "宁波市", short: "宁波", pinyin: "nb", areaCode: "0574",
             districts: ["北仑区", "鄞州区", "慈溪市"]),
        City(province: "浙江省", city: "温州市", short: "温州", pinyin: "wz", areaCode: "0577",
             districts: ["鹿城区", "瓯海区", "乐清市"]),
        City(province: "浙江省", city: "金华市", short: "金华", pinyin: "jh", areaCode: "0579",
             districts: ["义乌市", "婺城区", "永康市"]),
        City(province: "山东省", city: "青岛市", short: "青岛", pinyin: "qd", areaCode: "0532",
             districts: ["黄岛区", "城阳区", "李沧区"]),
        City(province: "山东省", city: "济南市", short: "济南", pinyin: "jn", areaCode: "0531",
             districts: ["历下区", "槐荫区", "章丘区"]),
        City(province: "福建省", city: "厦门市", short: "厦门", pinyin: "xm", areaCode: "0592",
             districts: ["湖里区", "集美区", "海沧区"]),
        City(province: "福建省", city: "福州市", short: "福州", pinyin: "fz", areaCode: "0591",
             districts: ["仓山区", "马尾区", "闽侯县"]),
        City(province: "湖北省", city: "武汉市", short: "武汉", pinyin: "wh", areaCode: "027",
             districts: ["东西湖区", "江夏区", "汉阳区", "蔡甸区"]),
        City(province: "湖南省", city: "长沙市", short: "长沙", pinyin: "cs", areaCode: "0731",
             districts: ["岳麓区", "雨花区", "长沙县"]),
        City(province: "四川省", city: "成都市", short: "成都", pinyin: "cd", areaCode: "028",
             districts: ["双流区", "郫都区", "新都区", "青白江区"]),
        City(province: "河南省", city: "郑州市", short: "郑州", pinyin: "zz", areaCode: "0371",
             districts: ["金水区", "管城回族区", "中牟县"]),
        City(province: "安徽省", city: "合肥市", short: "合肥", pinyin: "hf", areaCode: "0551",
             districts: ["蜀山区", "包河区", "肥西县"]),
        City(province: "陕西省", city: "西安市", short: "西安", pinyin: "xa", areaCode: "029",
             districts: ["未央区", "雁塔区", "长安区"]),
        City(province: "辽宁省", city: "大连市", short: "大连", pinyin: "dl", areaCode: "0411",
             districts: ["甘井子区", "金州区"]),
        City(province: "辽宁省", city: "沈阳市", short: "沈阳", pinyin: "sy", areaCode: "024",
             districts: ["铁西区", "浑南区"]),
        City(province: "河北省", city: "石家庄市", short: "石家庄", pinyin: "sjz", areaCode: "0311",
             districts: ["长安区", "裕华区"]),
        City(province: "江西省", city: "南昌市", short: "南昌", pinyin: "nc", areaCode: "0791",
             districts: ["青山湖区", "南昌县"]),
    ]

    /// The two characters of a brand (鸿运, 恒泰, …) are drawn from these, with their pinyin.
    static let brandFirst: [(String, String)] = [
        ("鸿", "hong"), ("恒", "heng"), ("华", "hua"), ("盛", "sheng"), ("金", "jin"),
        ("永", "yong"), ("嘉", "jia"), ("瑞", "rui"), ("德", "de"), ("安", "an"),
        ("宏", "hong"), ("祥", "xiang"), ("富", "fu"), ("万", "wan"), ("信", "xin"),
        ("新", "xin"), ("远", "yuan"), ("东", "dong"), ("海", "hai"), ("天", "tian"),
        ("中", "zhong"), ("通", "tong"), ("锦", "jin"), ("兴", "xing"), ("大", "da"),
        ("荣", "rong"), ("汇", "hui"), ("利", "li"), ("广", "guang"), ("福", "fu"),
        ("正", "zheng"), ("明", "ming"), ("同", "tong"), ("联", "lian"), ("卓", "zhuo"),
        ("凯", "kai"), ("佳", "jia"), ("美", "mei"), ("长", "chang"), ("宝", "bao"),
    ]

    static let brandSecond: [(String, String)] = [
        ("运", "yun"), ("泰", "tai"), ("达", "da"), ("发", "fa"), ("丰", "feng"),
        ("昌", "chang"), ("盛", "sheng"), ("隆", "long"), ("源", "yuan"), ("通", "tong"),
        ("辉", "hui"), ("鑫", "xin"), ("诚", "cheng"), ("和", "he"), ("顺", "shun"),
        ("成", "cheng"), ("业", "ye"), ("邦", "bang"), ("创", "chuang"), ("航", "hang"),
        ("力", "li"), ("祥", "xiang"), ("宇", "yu"), ("峰", "feng"), ("瑞", "rui"),
        ("康", "kang"), ("益", "yi"), ("科", "ke"), ("腾", "teng"), ("晟", "sheng"),
        ("安", "an"), ("信", "xin"), ("华", "hua"), ("光", "guang"), ("达", "da"),
        ("捷", "jie"), ("远", "yuan"), ("新", "xin"), ("海", "hai"), ("德", "de"),
    ]

    static let industries: [String] = [
        "物流", "电子科技", "机械制造", "食品", "医药", "化工", "服装", "家具", "汽车零部件",
        "建材", "日用品", "国际贸易", "供应链管理", "新材料", "光电", "塑胶制品", "纺织", "五金",
        "包装材料", "冷链食品", "农产品", "电器", "智能设备", "钢铁贸易", "印刷", "玩具",
        "母婴用品", "酒业", "饮料", "医疗器械", "纸业", "实业",
    ]

    static let companyForms: [String] = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"]

    static let roads: [String] = [
        "人民路", "中山路", "解放路", "建设路", "长江路", "黄河路", "科技路", "创新大道", "工业大道",
        "迎宾路", "东方路", "世纪大道", "华夏路", "新华路", "和平路", "胜利路", "光明路", "振兴路",
        "兴业路", "金桥路", "物流大道", "港城路", "滨江大道", "锦绣路", "青年路", "文化路", "园区路",
        "发展大道", "湖滨路", "朝阳路", "星湖街", "富民路", "永安路", "航空路", "临港大道",
    ]

    static let addressSuffixes: [String] = [
        "", "", "", "", "B栋3楼", "1号厂房", "308室", "物流园A区", "5幢", "综合楼2楼",
    ]

    /// Surnames, the commonest first; drawn with the weights below.
    static let surnames: [String] = [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
        "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
        "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
        "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    ]

    static let givenCharacters: [String] = [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
        "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "文", "玲", "斌", "辉", "红",
        "宇", "鹏", "浩", "婷", "雪", "琳", "晨", "欣", "俊", "峰", "海", "波", "志", "国", "东",
        "亮", "晓", "燕", "丹", "萍", "鑫", "凯", "佳", "宁", "瑶", "倩", "颖", "飞", "昊", "琦",
    ]

    /// The department regions, in order; beyond these a region gets a second department.
    static let regions: [String] = ["华东", "华南", "华北", "华中", "西南", "西北", "东北"]

    static let chineseDigits: [String] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1…99 in Chinese numerals: 二, 十, 十二, 三十二.
    static func chineseNumber(_ value: Int) -> String {
        let tens = value / 10
        let ones = value % 10
        switch tens {
        case 0: return chineseDigits[ones]
        case 1: return "十" + chineseDigits[ones]
        default: return chineseDigits[min(tens, 9)] + "十" + chineseDigits[ones]
        }
    }

    /// Mobile prefixes of the three carriers.
    static let mobilePrefixes: [String] = [
        "130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155",
        "156", "158", "159", "166", "176", "177", "180", "181", "186", "187", "188", "189", "199",
    ]
}
