-- Whether a text is a valid Unified Social Credit Code (统一社会信用代码, GB 32100-2015), the same rule as
-- firm.membership.CreditCode: 18 characters from 0-9 and A-Y without I, O, Z, S and V, characters 3 to 8 digits, and
-- the 18th the check character of the first 17 (weights 3^(i-1) mod 31; check = 31 - sum mod 31, 31 becoming 0).
-- Upper case only: the portal stores codes normalised. Meant for a check constraint, hence immutable and strict
-- (a null code is neither valid nor invalid: the constraint lets it pass).
create or replace function credit_code_valid(code text) returns boolean
    language sql immutable strict parallel safe as $$
select code ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'
   and substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
              ((31 - (select sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(code, i, 1)) - 1)
                                 * (array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])[i])
                      from generate_series(1, 17) as i) % 31) % 31 + 1)::int,
              1) = substr(code, 18, 1)
$$;
