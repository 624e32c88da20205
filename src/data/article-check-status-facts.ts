import type { ArticleName, Exclusion } from './article-check-coverage';

/**
 * The status facts of the two articles (something built, designated, joined, achieved…),
 * each mapped to the observation that stores it. The coverage test checks that the
 * observation exists and that its quote (or its source's headline) holds the words.
 */
export interface StatusFact {
  article: ArticleName;
  /** The article's words for the fact. */
  context: string;
  dataset: string;
  indicator: string;
  region?: string;
  value?: string | number;
  dims?: Readonly<Record<string, string>>;
}

const housing = (context: string, indicator: string, value?: string | number): StatusFact => ({
  article: 'article-000',
  context,
  dataset: 'housing-fund-services',
  indicator,
  ...(value !== undefined && { value }),
});
const morinDawa = (context: string, indicator: string, value: string | number): StatusFact => ({
  article: 'article-000',
  context,
  dataset: 'morin-dawa-poverty',
  indicator,
  region: '150722',
  value,
});
const health = (context: string, indicator: string, value: string | number): StatusFact => ({
  article: 'article-000',
  context,
  dataset: 'health-13th-fyp',
  indicator,
  region: '150000',
  value,
});
const hohhot = (
  context: string,
  indicator: string,
  value: string | number,
  more: Pick<StatusFact, 'region' | 'dims'> = {},
): StatusFact => ({
  article: 'article-003',
  context,
  dataset: 'hohhot-medical-groups',
  indicator,
  value,
  ...more,
});
const first = { facility: 'hohhot-first-hospital' };

export const STATUS_FACTS: StatusFact[] = [
  housing('提前完成国务院下达的全部8项“跨省通办”任务', 'cross-province-tasks-completed', 8),
  housing(
    '内蒙古住房资金管理中心提前完成住房公积金“跨省通办”任务',
    'cross-province-tasks-completed',
    8,
  ),
  housing(
    '无需前来柜台，通过该中心互联网渠道可实现全程网上办理或在其他中心营业厅通过“代收代办”、“两地联办”等方式完成业务办理',
    'cross-province-service-remote',
  ),
  housing('该中心营业大厅设立“跨省通办专柜”', 'cross-province-counter-service'),
  housing('该中心于2019年建成包括网上营业厅', 'service-channels', 7),
  housing('实现了 90%以上的业务线上办理', 'online-business-share', 90),
  housing(
    '同年12月通过住建部“综合服务平台”验收，成为自治区首家通过“综合服务平台”验收的中心',
    'service-platform-acceptance',
    'passed-first-in-region',
  ),
  morinDawa('莫旗通过脱贫摘帽自治区第三方评估验收', 'exit-evaluation', 'passed'),
  morinDawa('56个贫困村全部退出', 'poor-villages-exited', 56),
  morinDawa('包括鞠帮军在内的贫困户全部脱贫', 'poor-households-status', 'all-lifted'),
  morinDawa('莫旗以“0”问题顺利通过第三方评估验收', 'evaluation-problems', 0),
  health('使全区23.7万个因病致贫贫困户全部脱贫', 'illness-poverty-households-lifted', 237000),
  health(
    '如期实现贫困人口基本医疗有保障工作目标',
    'poor-basic-medical-security',
    'achieved-on-time',
  ),
  health('30种大病实现动态化应治尽治', 'serious-diseases-treated', 30),
  health('实现了应签尽签', 'poor-chronic-contract-coverage', 'all-eligible-signed'),
  health('专科联盟建设覆盖妇幼保健和精神卫生等领域', 'specialty-alliance-fields', 'covered'),
  health('远程医疗覆盖203家二级以上医疗机构', 'telemedicine-institutions', 203),
  health('中蒙医药远程服务覆盖277个基层医疗机构', 'cm-mongolian-remote-institutions', 277),
  health(
    '“十三五”期间重点建设的内蒙古自治区妇幼保健院新院投入使用',
    'hospital-milestone',
    'put-into-use',
  ),
  hohhot('市第一医院成功创建“三级甲等”综合医院', 'hospital-milestone', 'grade-3a', { dims: first }),
  hohhot('市口腔医院挂牌“内蒙古自治区口腔医院”', 'hospital-milestone', 'designated', {
    dims: { facility: 'hohhot-stomatological-hospital' },
  }),
  hohhot(
    '内蒙古航天医院(中国通用技术集团内蒙古心脑血管医院)开诊运营',
    'hospital-milestone',
    'opened',
    {
      dims: { facility: 'inner-mongolia-aerospace-hospital' },
    },
  ),
  hohhot('两个国家区域医疗中心正在加紧建设', 'national-centre-status', 'under-construction', {
    dims: { 'national-centre': 'beijing-friendship-inner-mongolia' },
  }),
  hohhot('两个国家区域医疗中心正在加紧建设', 'national-centre-status', 'under-construction', {
    dims: { 'national-centre': 'pku-cancer-inner-mongolia' },
  }),
  hohhot('5个国家医学中心分中心“落户”呼和浩特', 'national-medical-sub-centres', 5),
  hohhot(
    '市第一医院建成变态(过敏)反应中心,成为首都医科大学附属北京世纪坛医院变态(过敏)反应中心呼和浩特分中心',
    'national-centre-status',
    'built',
    { dims: { ...first, 'national-centre': 'shijitan-allergy-sub-centre' } },
  ),
  hohhot(
    '市第一医院建设的国家心血管病临床研究中心分中心正在推进中',
    'national-centre-status',
    'in-progress',
    {
      dims: { ...first, 'national-centre': 'cardiovascular-research-sub-centre' },
    },
  ),
  hohhot(
    '市中医蒙医医院建设的国家中医针灸临床医学研究中心分中心,是中国中医科学院广安门医院睡眠医学分中心',
    'national-centre-status',
    'hosted',
    { dims: { 'national-centre': 'acupuncture-research-sub-centre' } },
  ),
  hohhot('建成国家临床重点专科建设项目(中医肝病科)分中心', 'national-centre-status', 'built', {
    dims: { 'national-centre': 'tcm-hepatology-sub-centre' },
  }),
  hohhot('首都医科大学附属北京佑安医院(呼和浩特)肝胆疾病中心', 'national-centre-status', 'built', {
    dims: { 'national-centre': 'youan-hepatobiliary-centre' },
  }),
  hohhot('启动20个“名专科”建设', 'famous-specialties-launched', 20),
  hohhot('现已组织专家完成评审标准制定', 'flagship-specialty-review', 'completed', {
    dims: { 'review-step': 'review-standards' },
  }),
  hohhot('正在进行重点专科项目评审工作', 'flagship-specialty-review', 'under-way', {
    dims: { 'review-step': 'project-review' },
  }),
  hohhot(
    '玉泉区政府与市第一医院签订“院府合作”战略合作协议',
    'partner-medical-group',
    'hohhot-first-hospital',
    {
      region: '150104',
      dims: { tie: 'cooperation-agreement' },
    },
  ),
  hohhot(
    '新城区、赛罕区正式加入内蒙古人民医院集团',
    'partner-medical-group',
    'imar-peoples-hospital',
    {
      region: '150102',
      dims: { tie: 'member' },
    },
  ),
  hohhot(
    '新城区、赛罕区正式加入内蒙古人民医院集团',
    'partner-medical-group',
    'imar-peoples-hospital',
    {
      region: '150105',
      dims: { tie: 'member' },
    },
  ),
  hohhot(
    '回民区政府牵头与内蒙古医科大学附属医院合作',
    'partner-medical-group',
    'immu-affiliated-hospital',
    {
      region: '150103',
      dims: { tie: 'cooperation' },
    },
  ),
  hohhot(
    '纵向联合其他二级医院、社区卫生服务中心组建城市医疗集团',
    'medical-group-lead-hospitals',
    3,
  ),
  hohhot(
    '我市组建了由政府主导的分区域、分层次、多形式的紧密型城市医疗集团、县域医共体和专科联盟',
    'alliance-type-formed',
    'formed',
  ),
  hohhot('推动农区组建紧密型县域医共体', 'partner-medical-group', 'county-medical-community'),
  hohhot(
    '各层级医联体单位涵盖了全市全部二级以上公立医疗机构',
    'public-institutions-in-alliances',
    'all',
  ),
  hohhot('初步实现了不同类别和层级医疗机构全覆盖', 'public-institutions-in-alliances', 'all'),
  hohhot('全市已组建家庭医生团队875个', 'family-doctor-teams', 875),
  hohhot('市第一医院创伤中心和危重新生儿救治中心、卒中中心已建成', 'five-centre-status', 'built', {
    dims: { ...first, centre: 'trauma' },
  }),
  hohhot('危重症孕产妇救治中心已进入常规运转', 'five-centre-status', 'in-operation', {
    dims: { ...first, centre: 'critical-maternal' },
  }),
  hohhot('胸痛中心建设已完成正在报请认证', 'five-centre-status', 'awaiting-certification', {
    dims: { ...first, centre: 'chest-pain' },
  }),
  hohhot(
    '市妇幼保健院危重症孕产妇救治中心和危重新生儿救治中心建设已完成前期准备工作,成立了救治中心建设领导小组,组建了院内急救专家督导组等救治团队',
    'five-centre-status',
    'preparing',
    { dims: { facility: 'hohhot-mch-hospital' } },
  ),
  hohhot('武川县建成危重症孕产妇、危重新生儿救治两个中心', 'five-centre-status', 'built', {
    region: '150125',
  }),
  hohhot('清水河县建成危重症孕产妇、危重新生儿救治两个中心', 'five-centre-status', 'built', {
    region: '150124',
  }),
  hohhot('卒中中心已完成网上申报工作', 'five-centre-status', 'application-submitted', {
    region: '150124',
    dims: { centre: 'stroke' },
  }),
  hohhot('托克托县建成卒中、危重症孕产妇和危重新生儿救治3个中心', 'five-centre-status', 'built', {
    region: '150122',
  }),
  hohhot('和林县建成卒中、危重症孕产妇和危重新生儿救治3个中心', 'five-centre-status', 'built', {
    region: '150123',
  }),
  hohhot('土左旗人民医院卒中地图成员单位于2022年挂牌', 'stroke-map-membership', 'listed', {
    region: '150121',
  }),
  hohhot('已达到卒中中心验收标准', 'five-centre-status', 'meets-standard', {
    region: '150121',
    dims: { centre: 'stroke' },
  }),
  hohhot(
    '危重症孕产妇和危重新生儿救治中心正进行现场验收',
    'five-centre-status',
    'under-acceptance',
    {
      region: '150121',
    },
  ),
  hohhot(
    '增加了急救数据分析、医疗优先调度、急救电话定位、服务质量控制、重大事故预警等功能',
    'dispatch-platform-function',
    'added',
  ),
  hohhot(
    '与110、119、122、应急管理等部门实现了信息互通和数据共享',
    'dispatch-information-sharing',
    'shared',
  ),
];

const NO_STATE =
  'a description of how work is done: no figure, date or state that could be checked';

/** Passages with status words that hold no fact to store, and why. */
export const NOT_STATUS_FACTS: Exclusion[] = [
  {
    article: 'article-000',
    context: '2021年新年伊始',
    to: '林少春在乌兰察布市调研时强调聚焦重点领域细化工作措施巩固拓展脱贫攻坚成果同乡村振兴有效衔接',
    reason: "a report of an official's visit and instructions: no figure or status of a service",
  },
  {
    article: 'article-000',
    context: '学习贯彻党的十九届五中全会精神·访谈',
    to: '自治区卫生健康委主任许宏智。柴羽佳摄',
    reason: 'an interview on plans for the 14th Five-Year period: targets, not observed facts',
  },
  {
    article: 'article-000',
    context: '良田村被抽中代表莫旗接受第三方脱贫验收',
    reason: 'an event (the village drawn for the evaluation); its result is stored as 0 problems',
  },
  {
    article: 'article-000',
    context: '实现了“用好一个人，激励一大片”的效果',
    reason: 'a saying about the effect of the promotions, not a state',
  },
  { article: 'article-000', context: '联席会议各成员单位通力合作', reason: NO_STATE },
  {
    article: 'article-000',
    context:
      '形成共建共治共享工作格局，实现枪爆物品生产、销售、运输、使用、销毁等全环节动态安全监管',
    reason: NO_STATE,
  },
  {
    article: 'article-003',
    context: '国务院关于推动内蒙古高质量发展',
    to: '理顺管理体制。',
    reason: 'tasks set by a State Council opinion (a policy graphic): plans, not observed facts',
  },
  {
    article: 'article-003',
    context: '以通过实施“双首”健康行动和国家公立医院改革与高质量发展示范项目为突破',
    reason: "the article's framing of the city's approach",
  },
  {
    article: 'article-003',
    context: '市第二医院已形成全生命周期完整的肝胆疾病诊疗链',
    reason:
      'a qualitative description (a complete chain of care); the sentence is stored with the two centres it names',
  },
  {
    article: 'article-003',
    context: '持续深化与北京、天津等先进地区的合作交流',
    reason: 'cooperation as an ongoing effort, no partner institution or state named',
  },
  {
    article: 'article-003',
    context: '加大与区外优质专科医院合作力度',
    reason: 'cooperation as an ongoing effort, no partner institution or state named',
  },
  { article: 'article-003', context: '形成资源共享、分工协作的管理模式', reason: NO_STATE },
  {
    article: 'article-003',
    context:
      '以内蒙古自治区人民医院、内蒙古医科大学附属医院和呼和浩特市第一医院牵头组建紧密型城市医疗集团',
    reason: 'restates the three lead hospitals stored as medical-group-lead-hospitals',
  },
  {
    article: 'article-003',
    context: '与重点签约居民通过电话、微信、短信或信息化平台加强联系,做到每季度至少一次',
    reason: "a service rule of the city's family-doctor policy, not an observed figure",
  },
  {
    article: 'article-003',
    context:
      '我市组织院前医疗急救机构与各中心形成网络,构建快速、高效、全覆盖的急危重症医疗救治体系',
    reason: 'an aim and a description of the network, no state that could be checked',
  },
];
