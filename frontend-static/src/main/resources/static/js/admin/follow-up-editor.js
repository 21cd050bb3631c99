// What happens after a repair and around it: the reply to a complaint, the return-visit call
// (回访), satisfaction-survey targets and preventive inspections (巡检). Each may not be promised.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { choiceEditor, numberEditor, optionalRule, targetEditor } from './widgets.js';

const INTERVALS = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'TWICE_YEARLY', 'YEARLY'];

export function followUpEditor(terms, changed) {
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'follow-up-title' } },
    h('h2', { id: 'follow-up-title', text: t('followUp.title') }),
    optionalRule(t('followUp.complaintReply'), terms, 'complaintReply', 'complaintReply', { within: 'PT2H', clock: 'BUSINESS' },
      () => targetEditor(t('followUp.replyWithin'), terms, 'complaintReply', 'complaintReply', changed), changed),
    optionalRule(t('followUp.returnVisit'), terms, 'returnVisit', 'returnVisit', { withinDays: 7 },
      (rule) => numberEditor(t('followUp.withinDays'), rule, 'withinDays', 'returnVisit.withinDays', changed), changed),
    optionalRule(t('followUp.survey'), terms, 'survey', 'survey',
      { responseRate: 0.8, keyCustomerResponseRate: 1, passScore: 8, scale: 10, collectWithinDays: 7 }, (rule) => [
        h('div', { class: 'row' },
          numberEditor(t('followUp.responseRate'), rule, 'responseRate', 'survey.responseRate', changed, { step: 0.01, hint: t('followUp.shareHint') }),
          numberEditor(t('followUp.keyCustomerResponseRate'), rule, 'keyCustomerResponseRate', 'survey.keyCustomerResponseRate', changed,
            { step: 0.01, hint: t('followUp.shareHint') })),
        h('div', { class: 'row' },
          numberEditor(t('followUp.passScore'), rule, 'passScore', 'survey.passScore', changed),
          numberEditor(t('followUp.scale'), rule, 'scale', 'survey.scale', changed),
          numberEditor(t('followUp.collectWithinDays'), rule, 'collectWithinDays', 'survey.collectWithinDays', changed))], changed),
    optionalRule(t('followUp.inspection'), terms, 'inspection', 'inspection', { interval: 'QUARTERLY', reportWithinWorkingDays: 3 },
      (rule) => h('div', { class: 'row' },
        choiceEditor(t('followUp.interval'), rule, 'interval', 'inspection.interval', INTERVALS, 'inspectionInterval', changed),
        numberEditor(t('followUp.reportWithin'), rule, 'reportWithinWorkingDays', 'inspection.reportWithinWorkingDays', changed)), changed));
}
