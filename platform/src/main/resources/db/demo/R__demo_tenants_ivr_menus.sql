-- The demo vendors' IVR menus: their product lines and severity questions; every prompt they leave
-- out is the default menu's (platform/src/main/resources/ivr/default-menu.json). Runs after
-- R__demo_tenants.sql (name order). ivr_menus forces row-level security on its owner too: each
-- tenant's row is written with that tenant set. Loaded only with the "demo" profile.

-- Kunlun Computing: computers and printers, Chinese and English.
select set_config('app.tenant_id', '7a1f0c3e-0000-4000-8000-000000000001', true);
insert into ivr_menus (tenant_id, document, version, updated_by, updated_at) values
    ('7a1f0c3e-0000-4000-8000-000000000001', '{
      "languages": ["zh", "en"], "maxRetries": 2, "inputTimeoutSeconds": 5, "maxRecordingSeconds": 120,
      "options": [{"key": "1", "action": "report-fault"}, {"key": "2", "action": "ticket-status"},
                  {"key": "3", "action": "complaint"}, {"key": "0", "action": "agent"}],
      "productLines": [
        {"key": "1", "productLine": "laptop", "prompt": {
          "zh": {"sound": "kunlun/zh/laptop", "text": "笔记本电脑"}, "en": {"sound": "kunlun/en/laptop", "text": "laptop"}}},
        {"key": "2", "productLine": "desktop", "prompt": {
          "zh": {"sound": "kunlun/zh/desktop", "text": "台式电脑"}, "en": {"sound": "kunlun/en/desktop", "text": "desktop"}}},
        {"key": "3", "productLine": "printer", "prompt": {
          "zh": {"sound": "kunlun/zh/printer", "text": "打印机"}, "en": {"sound": "kunlun/en/printer", "text": "printer"}}},
        {"key": "4", "productLine": "server", "prompt": {
          "zh": {"sound": "kunlun/zh/server", "text": "服务器"}, "en": {"sound": "kunlun/en/server", "text": "server"}}}],
      "severityQuestions": [
        {"severity": 1, "prompt": {
          "zh": {"sound": "helpdesk/zh/severity-1", "text": "系统是否已停机或业务中断？是请按1，否请按2。"},
          "en": {"sound": "helpdesk/en/severity-1", "text": "Is the system down or the service interrupted? Press 1 for yes, 2 for no."}}},
        {"severity": 2, "prompt": {
          "zh": {"sound": "helpdesk/zh/severity-2", "text": "是否部分功能或性能丧失？是请按1，否请按2。"},
          "en": {"sound": "helpdesk/en/severity-2", "text": "Is a function or its performance partly lost? Press 1 for yes, 2 for no."}}}],
      "defaultSeverity": 3}', 1, 'demo', now())
on conflict (tenant_id) do update set document = excluded.document, version = ivr_menus.version + 1,
    updated_by = excluded.updated_by, updated_at = excluded.updated_at;

-- Sunhome Energy: water heaters and heat pumps, Chinese only; three levels, so three answers.
select set_config('app.tenant_id', '7a1f0c3e-0000-4000-8000-000000000002', true);
insert into ivr_menus (tenant_id, document, version, updated_by, updated_at) values
    ('7a1f0c3e-0000-4000-8000-000000000002', '{
      "languages": ["zh"], "maxRetries": 2, "inputTimeoutSeconds": 5, "maxRecordingSeconds": 120,
      "options": [{"key": "1", "action": "report-fault"}, {"key": "2", "action": "ticket-status"},
                  {"key": "3", "action": "complaint"}, {"key": "0", "action": "agent"}],
      "productLines": [
        {"key": "1", "productLine": "solar-water-heater", "prompt": {
          "zh": {"sound": "sunhome/zh/solar-water-heater", "text": "太阳能热水器"}}},
        {"key": "2", "productLine": "heat-pump", "prompt": {"zh": {"sound": "sunhome/zh/heat-pump", "text": "空气能热泵"}}},
        {"key": "3", "productLine": "chiller", "prompt": {"zh": {"sound": "sunhome/zh/chiller", "text": "中央空调冷水机组"}}}],
      "severityQuestions": [
        {"severity": 1, "prompt": {"zh": {"sound": "sunhome/zh/severity-1",
          "text": "是否没有热水、无法制热制冷、漏水或有安全隐患？是请按1，否请按2。"}}},
        {"severity": 2, "prompt": {"zh": {"sound": "sunhome/zh/severity-2",
          "text": "是否出力下降、有噪音或显示、传感器故障？是请按1，否请按2。"}}}],
      "defaultSeverity": 3}', 1, 'demo', now())
on conflict (tenant_id) do update set document = excluded.document, version = ivr_menus.version + 1,
    updated_by = excluded.updated_by, updated_at = excluded.updated_at;

-- Huaxin Networks: network equipment and software.
select set_config('app.tenant_id', '7a1f0c3e-0000-4000-8000-000000000003', true);
insert into ivr_menus (tenant_id, document, version, updated_by, updated_at) values
    ('7a1f0c3e-0000-4000-8000-000000000003', '{
      "languages": ["zh", "en"], "maxRetries": 2, "inputTimeoutSeconds": 5, "maxRecordingSeconds": 120,
      "options": [{"key": "1", "action": "report-fault"}, {"key": "2", "action": "ticket-status"},
                  {"key": "3", "action": "complaint"}, {"key": "0", "action": "agent"}],
      "productLines": [
        {"key": "1", "productLine": "network-equipment", "prompt": {
          "zh": {"sound": "huaxin/zh/network-equipment", "text": "网络设备"},
          "en": {"sound": "huaxin/en/network-equipment", "text": "network equipment"}}},
        {"key": "2", "productLine": "software", "prompt": {
          "zh": {"sound": "huaxin/zh/software", "text": "软件"}, "en": {"sound": "huaxin/en/software", "text": "software"}}}],
      "severityQuestions": [
        {"severity": 1, "prompt": {
          "zh": {"sound": "helpdesk/zh/severity-1", "text": "系统是否已停机或业务中断？是请按1，否请按2。"},
          "en": {"sound": "helpdesk/en/severity-1", "text": "Is the system down or the service interrupted? Press 1 for yes, 2 for no."}}},
        {"severity": 2, "prompt": {
          "zh": {"sound": "helpdesk/zh/severity-2", "text": "是否部分功能或性能丧失？是请按1，否请按2。"},
          "en": {"sound": "helpdesk/en/severity-2", "text": "Is a function or its performance partly lost? Press 1 for yes, 2 for no."}}}],
      "defaultSeverity": 3}', 1, 'demo', now())
on conflict (tenant_id) do update set document = excluded.document, version = ivr_menus.version + 1,
    updated_by = excluded.updated_by, updated_at = excluded.updated_at;
