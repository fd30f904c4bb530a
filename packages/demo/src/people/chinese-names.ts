import type { Random } from '@tianfu/testing';

export type Sex = 'male' | 'female';

/** Naming traditions of Sichuan's people: Han (and Qiang), Tibetan (甘孜, 阿坝), Yi (凉山). */
export type NameTradition = 'han' | 'tibetan' | 'yi';

// Frequent surnames, the commonest in Sichuan first and more often.
const hanSurnames = [
  ...'李王张刘陈杨黄赵周吴罗何邓曾唐谢彭冯蒋袁向徐胡郭林余杜廖苏范',
  ...'朱马高梁宋韩肖田董程魏吕丁任沈姚卢钟谭陆汪金石贾付方白邹孟熊秦邱江尹段雷侯龙史陶黎贺顾毛郝龚邵万严武戴莫孔汤',
];
const hanGiven: Record<Sex, readonly string[]> = {
  male: [...'伟强磊军勇杰涛明超斌刚平辉鹏华飞波浩宇俊峰亮林建国志文海兵东宏成龙江川彬鑫晨旭锋德'],
  female: [...'芳娜敏静丽艳娟霞燕玲婷雪梅琳丹萍红慧莉欣颖倩佳琴蓉兰秀英雯洁瑶璐悦'],
};

// Tibetan names join two of these; the second mostly carries the sex.
const tibetanFirst = ['扎西', '次仁', '格桑', '泽仁', '尼玛', '益西', '索朗', '达瓦', '洛绒', '降央', '四郎', '呷绒'];
const tibetanSecond: Record<Sex, readonly string[]> = {
  male: ['多吉', '降措', '贡布', '仁青', '登珠', '平措', '旺堆', '曲扎', '彭措', '邓珠'],
  female: ['卓玛', '拉姆', '央金', '德吉', '曲珍', '措姆', '旺姆', '央宗', '卓嘎', '志玛'],
};

// Yi names: the clan name, then the personal name.
const yiClans = [
  '阿苦',
  '吉克',
  '沙马',
  '马海',
  '曲比',
  '海来',
  '吉伍',
  '勒格',
  '阿尔',
  '俄木',
  '吉木',
  '巴莫',
  '阿约',
  '瓦其',
  '罗洪',
];
const yiGiven: Record<Sex, readonly string[]> = {
  male: ['日布', '曲布', '拉毅', '木呷', '尔古', '约哈', '阿牛', '伍沙', '此曲', '格哈', '石哈'],
  female: ['阿果', '阿呷', '莫色', '伍嫫', '曲莫', '日作', '尔嫫', '阿依', '史子', '拉且'],
};

function hanName(random: Random, sex: Sex): string {
  const given = hanGiven[sex];
  const length = random.chance(0.7) ? 2 : 1;
  return random.pick(hanSurnames) + Array.from({ length }, () => random.pick(given)).join('');
}

/** A believable name of the tradition and sex. */
export function personName(random: Random, sex: Sex, tradition: NameTradition): string {
  switch (tradition) {
    case 'han':
      return hanName(random, sex);
    case 'tibetan':
      return random.pick(tibetanFirst) + random.pick(tibetanSecond[sex]);
    case 'yi':
      return random.pick(yiClans) + random.pick(yiGiven[sex]);
  }
}
