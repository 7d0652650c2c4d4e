-- The association's working calendar (issue 16): the exceptions to "Monday to Friday are working days". A HOLIDAY is a
-- day off (a public holiday, or a weekend day inside a holiday block, named by its holiday); a WORKDAY is an official
-- make-up working day (调休上班), always a Saturday or a Sunday. Staff keep it; requests count their SLA clocks on it.

create table working_calendar_day (
    day        date primary key check (day between date '2000-01-01' and date '2100-12-31'),
    kind       text not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name_zh    text not null check (char_length(btrim(name_zh)) between 1 and 100
                                    and name_zh !~ '[\x01-\x1f\x7f-\x9f]'),
    name_en    text not null check (char_length(btrim(name_en)) between 1 and 100
                                    and name_en !~ '[\x01-\x1f\x7f-\x9f]'),
    updated_at timestamptz not null default now(),
    updated_by uuid references app_user (id),
    constraint working_calendar_workday_on_weekend check (kind <> 'WORKDAY' or extract(isodow from day) in (6, 7))
);

-- The State Council's schedules (放假调休安排): 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号,
-- 2024-11-12) and 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04), as Xinhua published them. Every day off of
-- each block, its weekend days included, and every make-up working day.
insert into working_calendar_day (day, kind, name_zh, name_en)
select d::date, s.kind, s.name_zh, s.name_en
from (values
    (date '2025-01-01', date '2025-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (date '2025-01-26', date '2025-01-26', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (date '2025-01-28', date '2025-02-04', 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2025-02-08', date '2025-02-08', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (date '2025-04-04', date '2025-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (date '2025-04-27', date '2025-04-27', 'WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
    (date '2025-05-01', date '2025-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2025-05-31', date '2025-06-02', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (date '2025-09-28', date '2025-09-28', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day'),
    (date '2025-10-01', date '2025-10-08', 'HOLIDAY', '国庆节、中秋节', 'National Day and Mid-Autumn Festival'),
    (date '2025-10-11', date '2025-10-11', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day'),
    (date '2026-01-01', date '2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
    (date '2026-01-04', date '2026-01-04', 'WORKDAY', '元旦调休上班', 'New Year''s Day make-up working day'),
    (date '2026-02-14', date '2026-02-14', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (date '2026-02-15', date '2026-02-23', 'HOLIDAY', '春节', 'Spring Festival'),
    (date '2026-02-28', date '2026-02-28', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
    (date '2026-04-04', date '2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
    (date '2026-05-01', date '2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
    (date '2026-05-09', date '2026-05-09', 'WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
    (date '2026-06-19', date '2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
    (date '2026-09-20', date '2026-09-20', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day'),
    (date '2026-09-25', date '2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
    (date '2026-10-01', date '2026-10-07', 'HOLIDAY', '国庆节', 'National Day'),
    (date '2026-10-10', date '2026-10-10', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day')
) as s (first_day, last_day, kind, name_zh, name_en)
cross join lateral generate_series(s.first_day, s.last_day, interval '1 day') as d;
