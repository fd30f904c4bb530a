import type { PageRoute } from './layout/page-route.ts';

/** Every page of the console, in the order the navigation lists them. */
export const routes: readonly PageRoute[] = [
  { path: '/', load: () => import('./pages/home/home-page.tsx'), access: 'public' },
  {
    path: '/verify',
    load: () => import('./pages/verify/verify-page.tsx'),
    access: 'public',
    nav: { zh: '证书核验', en: 'Verify a certificate' },
  },
  { path: '/v/:reference', load: () => import('./pages/verify/reference-page.tsx'), access: 'public' },
  {
    path: '/employer/batch',
    load: () => import('./pages/employer-batch/employer-batch-page.tsx'),
    access: ['employer'],
    nav: { zh: '批量核验', en: 'Batch verification' },
  },
  {
    path: '/talent-pool',
    load: () => import('./pages/talent-pool/talent-pool-page.tsx'),
    access: ['hr'],
    nav: { zh: '技能人才库', en: 'Talent pool' },
  },
  { path: '/workers/:workerId', load: () => import('./pages/worker/worker-page.tsx'), access: ['hr', 'worker'] },
  {
    path: '/my-ladder',
    load: () => import('./pages/worker/my-ladder-page.tsx'),
    access: ['worker'],
    nav: { zh: '我的技能阶梯', en: 'My skills ladder' },
  },
  {
    path: '/indicators',
    load: () => import('./pages/indicators/indicators-page.tsx'),
    access: ['hr', 'admin'],
    nav: { zh: '规划指标', en: 'Plan indicators' },
  },
  {
    path: '/centre/sessions',
    load: () => import('./pages/centre/sessions-page.tsx'),
    access: ['assessment-body', 'admin'],
    nav: { zh: '考核场次', en: 'Exam sessions' },
  },
  {
    path: '/centre/sessions/:sessionId',
    load: () => import('./pages/centre/session-page.tsx'),
    access: ['assessment-body', 'admin'],
  },
  {
    path: '/office/certificates',
    load: () => import('./pages/certificate-office/certificate-office-page.tsx'),
    access: ['certificate-office'],
    nav: { zh: '证书管理', en: 'Certificates' },
  },
  {
    path: '/talent-office/honours',
    load: () => import('./pages/talent-office/honours-page.tsx'),
    access: ['talent-office'],
    nav: { zh: '荣誉授予', en: 'Honours' },
  },
  {
    path: '/competitions',
    load: () => import('./pages/competition/competitions-page.tsx'),
    access: ['competition-organiser', 'admin'],
    nav: { zh: '职业技能竞赛', en: 'Competitions' },
  },
  {
    path: '/competitions/:competitionId',
    load: () => import('./pages/competition/competition-page.tsx'),
    access: ['competition-organiser', 'admin'],
  },
  {
    path: '/talent-office/appointments',
    load: () => import('./pages/appointments/appointments-page.tsx'),
    access: ['talent-office', 'employer'],
    nav: { zh: '特级技师聘任', en: 'Appointments' },
  },
  {
    path: '/talent-office/bases',
    load: () => import('./pages/bases/bases-page.tsx'),
    access: ['talent-office', 'hr'],
    nav: { zh: '大师工作室与基地', en: 'Studios and bases' },
  },
  {
    path: '/training/directory',
    load: () => import('./pages/training/directory-page.tsx'),
    access: 'public',
    nav: { zh: '培训机构目录', en: 'Training providers' },
  },
  {
    path: '/training/directory/:providerId',
    load: () => import('./pages/training/provider-public-page.tsx'),
    access: 'public',
  },
  {
    path: '/training/providers',
    load: () => import('./pages/training/providers-page.tsx'),
    access: ['training-office'],
    nav: { zh: '培训机构信息库', en: 'Provider register' },
  },
  {
    path: '/training/providers/:providerId',
    load: () => import('./pages/training/provider-page.tsx'),
    access: ['training-office'],
  },
  {
    path: '/training/classes',
    load: () => import('./pages/training/classes-page.tsx'),
    access: ['training-provider'],
    nav: { zh: '培训班', en: 'Classes' },
  },
  {
    path: '/training/classes/:classId',
    load: () => import('./pages/training/class-page.tsx'),
    access: ['training-provider', 'training-office'],
  },
  {
    path: '/admin/bodies',
    load: () => import('./pages/admin/bodies-page.tsx'),
    access: ['admin'],
    nav: { zh: '评价机构', en: 'Evaluation bodies' },
  },
  { path: '/admin/bodies/:bodyId', load: () => import('./pages/admin/body-page.tsx'), access: ['admin'] },
  {
    path: '/admin/organisers',
    load: () => import('./pages/competition/organiser-grants-page.tsx'),
    access: ['admin'],
    nav: { zh: '竞赛组织方授权', en: 'Organiser grants' },
  },
  {
    path: '/admin/catalogue',
    load: () => import('./pages/admin/catalogue-page.tsx'),
    access: ['admin'],
    nav: { zh: '职业目录', en: 'Occupation catalogue' },
  },
  { path: '/sign-in', load: () => import('./pages/sign-in/sign-in-page.tsx'), access: 'public' },
  { path: '/auth/callback', load: () => import('./pages/sign-in/callback-page.tsx'), access: 'public' },
];
