/**
 * The monthly quality report (月度服务质量报告): tickets by product line, model and cause, promises kept,
 * first-time fixes, repeat faults, partner performance, complaints and satisfaction, as JSON, CSV and PDF.
 */
package com.helpdesk.platform.report;
