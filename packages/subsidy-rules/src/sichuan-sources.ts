import type { SubsidySource } from '@tianfu/contracts';

/**
 * The documents Sichuan's subsidy rule sets cite (docs/domain.md §7.8, sources [52] [53] [55]
 * [56] [57] [59] [61]). Where the primary text could not be read the rule sets mark the figure ⚠.
 */
export const sources = {
  skillUpgrade2023: {
    document: '四川省技能提升补贴政策通知 (2023), as mirrored',
    url: 'http://jxtmgii.cn/p/87735.html',
  },
  national2025: {
    document: '人社部 notice on 技能提升补贴, as republished in 2025-05',
    url: 'https://www.xtzpxx.com/article-2355-1.html',
  },
  training2020: {
    document: '《四川省就业创业培训管理办法》 (川人社办发〔2020〕68号), as cited by 广安 in 2025-06',
    url: 'https://www.wusheng.gov.cn/zfxxgk/c112143/pc/content/content_1941075107907821568.html',
  },
  training2025: {
    document: '《四川省补贴性职业技能培训管理办法》 (川人社规〔2025〕11号)',
    url: 'http://rst.sc.gov.cn/rst/xzgfxwj/2025/7/31/7278e72355e440bc80eeca683c481fb0.shtml',
  },
  apprenticeship: {
    document: 'Sichuan reports on 企业新型学徒制 (2019, 2020)',
    url: 'https://m.yybnet.net/sichuan/news/201908/9467211.html',
  },
  nationalFrameShenzhen: {
    document: 'the national frame as 深圳市人社局 answers it (2024-11-27)',
    url: 'https://www.yantian.gov.cn/cn/service/ldjy/zyjn/zyjnjd/cjwt/content/post_11822292.html',
  },
  nationalFrameZhejiang: {
    document: 'the national frame as 浙江省 states it for 职业培训补贴 (2024)',
    url: 'http://m.bbbaike.com/baike/techan/1780136.html',
  },
} as const satisfies Record<string, SubsidySource>;

type SourceName = keyof typeof sources;

/** A parameter's value with the article of a source it comes from; `confirmed: false` is ⚠. */
export const from = <T>(source: SourceName, article: string, value: T, confirmed: boolean) => ({
  value,
  clause: { ...sources[source], article },
  confirmed,
});
