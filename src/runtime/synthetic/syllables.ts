/**
 * Syllables for synthetic names: a Chinese character and its pinyin (without tones), so one draw gives a brand in
 * Chinese and an ASCII form for package names and domains.
 */
export const brandSyllables: readonly (readonly [string, string])[] = [
  ['星', 'xing'], ['云', 'yun'], ['华', 'hua'], ['博', 'bo'], ['创', 'chuang'], ['智', 'zhi'], ['联', 'lian'], ['达', 'da'],
  ['信', 'xin'], ['腾', 'teng'], ['飞', 'fei'], ['易', 'yi'], ['优', 'you'], ['恒', 'heng'], ['瑞', 'rui'], ['安', 'an'],
  ['睿', 'rui'], ['捷', 'jie'], ['汇', 'hui'], ['通', 'tong'], ['宏', 'hong'], ['远', 'yuan'], ['嘉', 'jia'], ['鑫', 'xin'],
  ['科', 'ke'], ['盛', 'sheng'], ['锦', 'jin'], ['泰', 'tai'], ['和', 'he'], ['光', 'guang'], ['启', 'qi'], ['明', 'ming'],
  ['海', 'hai'], ['峰', 'feng'], ['辰', 'chen'], ['悦', 'yue'], ['朗', 'lang'], ['拓', 'tuo'], ['新', 'xin'], ['源', 'yuan'],
  ['麦', 'mai'], ['橙', 'cheng'], ['蓝', 'lan'], ['青', 'qing'], ['小', 'xiao'], ['快', 'kuai'], ['趣', 'qu'], ['享', 'xiang'],
  ['乐', 'le'], ['途', 'tu'], ['鲸', 'jing'], ['鹿', 'lu'], ['禾', 'he'], ['果', 'guo'], ['米', 'mi'], ['知', 'zhi'],
];

/** Places that open company names (市 names, without 市). */
export const places: readonly string[] = [
  '北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '重庆', '苏州', '天津', '长沙', '郑州', '青岛', '厦门',
  '合肥', '济南', '福州', '昆明', '宁波', '无锡', '东莞', '佛山', '大连', '沈阳', '哈尔滨', '南昌', '贵阳', '南宁', '海口', '兰州',
];

/** What a company does, before 有限公司. */
export const industries: readonly string[] = [
  '网络科技', '信息技术', '软件开发', '数字科技', '电子商务', '文化传媒', '教育科技', '健康科技', '智能科技', '互联网科技', '数据服务', '物联网科技',
];

/** Words after a brand in an app's name, with an ASCII word for its package name. */
export const appWords: readonly (readonly [string, string])[] = [
  ['助手', 'helper'], ['商城', 'mall'], ['出行', 'travel'], ['阅读', 'reader'], ['课堂', 'classroom'], ['健康', 'health'], ['音乐', 'music'],
  ['相机', 'camera'], ['天气', 'weather'], ['记账', 'ledger'], ['外卖', 'delivery'], ['地图', 'maps'], ['视频', 'video'], ['社区', 'community'],
  ['云盘', 'drive'], ['翻译', 'translate'], ['日历', 'calendar'], ['健身', 'fitness'], ['招聘', 'jobs'], ['医生', 'doctor'],
];
