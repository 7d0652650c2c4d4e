-- Failed sign-ins and the lock they lead to, kept on the account row itself: shared by every instance, changed by
-- one conditional UPDATE per failure (the row lock orders concurrent failures), and nothing is stored for a name
-- that is not an account, so random names cannot fill anything (issue 13, defect 7).
alter table app_user
    add column failed_sign_ins        integer not null default 0 check (failed_sign_ins >= 0),
    add column last_failed_sign_in_at timestamptz,
    add column sign_in_locked_until   timestamptz,
    add constraint app_user_failures_have_a_time
        check (failed_sign_ins = 0 or last_failed_sign_in_at is not null);
