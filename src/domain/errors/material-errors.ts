import { defineErrors } from './define-errors.js';

export const materialErrors = defineErrors({
  MATERIAL_NOT_AVAILABLE: {
    status: 400,
    zh: '材料不存在，或不是由您所在单位（或主办者本人）上传的',
    en: 'The material does not exist, or was not uploaded by your organisation (or the subject\'s owner)',
  },
});
