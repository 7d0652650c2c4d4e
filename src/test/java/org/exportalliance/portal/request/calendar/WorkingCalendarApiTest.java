package org.exportalliance.portal.request.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.exportalliance.portal.support.PortalApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** {@code /api/v1/working-calendar}; writes go to 2040, a year no other test uses. */
class WorkingCalendarApiTest extends PortalApiTest {

    @Test
    void anyone_signed_in_reads_a_years_days_off_and_make_up_days_with_the_hours_they_count_in() {
        api.get().uri("/v1/working-calendar?year=2026").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(2026)
                .jsonPath("$.timeZone").isEqualTo("Asia/Shanghai")
                .jsonPath("$.workingHours.opens").isEqualTo("09:00")
                .jsonPath("$.workingHours.closes").isEqualTo("17:30")
                .jsonPath("$.items.length()").isEqualTo(39)
                .jsonPath("$.items[0].date").isEqualTo("2026-01-01")
                .jsonPath("$.items[0].kind").isEqualTo("HOLIDAY")
                .jsonPath("$.items[0].nameEn").isEqualTo("New Year's Day")
                .jsonPath("$.items[?(@.date == '2026-02-14')].kind").isEqualTo("WORKDAY")
                .jsonPath("$.items[?(@.date == '2026-02-14')].weekday").isEqualTo("SATURDAY");
        api.get().uri("/v1/working-calendar").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void staff_set_a_day_and_remove_it_and_a_second_removal_is_404() {
        send(HttpMethod.PUT, "/v1/working-calendar/2040-10-01", staff,
                Map.of("kind", "HOLIDAY", "nameZh", "国庆节", "nameEn", "National Day"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.date").isEqualTo("2040-10-01").jsonPath("$.weekday").isEqualTo("MONDAY")
                .jsonPath("$.nameZh").isEqualTo("国庆节");
        send(HttpMethod.PUT, "/v1/working-calendar/2040-10-01", staff,
                Map.of("kind", "HOLIDAY", "nameZh", "国庆节、中秋节", "nameEn", "National Day and Mid-Autumn Festival"))
                .expectStatus().isOk();
        api.get().uri("/v1/working-calendar?year=2040").headers(h -> h.setBearerAuth(member2)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].nameZh").isEqualTo("国庆节、中秋节");

        api.delete().uri("/v1/working-calendar/2040-10-01").headers(h -> h.setBearerAuth(staff)).exchange()
                .expectStatus().isNoContent();
        api.delete().uri("/v1/working-calendar/2040-10-01").headers(h -> h.setBearerAuth(staff))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:calendar.not-found")
                .jsonPath("$.detail").isEqualTo("That day is not in the calendar.");
    }

    @Test
    void a_member_may_not_change_the_calendar() {
        send(HttpMethod.PUT, "/v1/working-calendar/2040-01-01", member,
                Map.of("kind", "HOLIDAY", "nameZh", "元旦", "nameEn", "New Year"))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:export-alliance:problem:not-permitted");
        api.delete().uri("/v1/working-calendar/2026-10-01").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isForbidden();
        assertThat(json(api.get().uri("/v1/working-calendar?year=2026").headers(h -> h.setBearerAuth(member))
                .exchange().expectStatus().isOk()).get("items").toString()).contains("2026-10-01");
    }

    @Test
    void invalid_days_and_parameters_get_400_naming_the_field() {
        send(HttpMethod.PUT, "/v1/working-calendar/2040-10-03", staff,
                Map.of("kind", "WORKDAY", "nameZh", "调休", "nameEn", ""))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'kind')].code").isEqualTo("calendar.validation.workday-on-weekday")
                .jsonPath("$.errors[?(@.field == 'nameEn')].code").isEqualTo("validation.required");
        send(HttpMethod.PUT, "/v1/working-calendar/2040-10-03", staff,
                Map.of("kind", "SOMETIMES", "nameZh", "x", "nameEn", "x"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        send(HttpMethod.PUT, "/v1/working-calendar/2040-02-30", staff,
                Map.of("kind", "HOLIDAY", "nameZh", "x", "nameEn", "x"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        send(HttpMethod.PUT, "/v1/working-calendar/1999-12-31", staff,
                Map.of("kind", "HOLIDAY", "nameZh", "x", "nameEn", "x"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("calendar.validation.year");
        api.get().uri("/v1/working-calendar?year=twenty").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        api.get().uri("/v1/working-calendar?year=1999").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isBadRequest();
        api.get().uri("/v1/working-calendar?year=2040").headers(h -> h.setBearerAuth(member)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void the_openapi_description_lists_the_calendar_calls() {
        String yaml = api.get().uri("/v1/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(yaml).contains("/v1/working-calendar:", "/v1/working-calendar/{date}:", "CalendarDayInput:");
    }
}
