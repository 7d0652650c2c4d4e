package org.exportalliance.portal.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's firewall, tuned so that it refuses what is dangerous and leaves what is merely wrong to the code
 * that can say why.
 *
 * <p>Tomcat reads header bytes as ISO-8859-1, so a UTF-8 character in a header (a bearer token pasted with "€")
 * arrives as C1 control characters, which the default firewall refused with Boot's plain 400: header values may now
 * hold anything but C0 controls and DEL, and a bad token is the 401 problem it is (issue 13, defect 9). Query
 * parameter values are not judged here either: the API refuses a control character with a 400 naming the parameter
 * ({@link ApiRequests#text}), and nothing else reads them into SQL unchecked. Whatever the firewall still refuses
 * (encoded slashes, {@code ..} in paths) is answered as problem details under {@code /api}.
 */
@Configuration(proxyBeanMethods = false)
class ApiFirewall {

    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(ApiFirewall::noC0Controls);
        firewall.setAllowedParameterValues(value -> true);
        return firewall;
    }

    /**
     * Tomcat itself answers an encoded slash in a path with an HTML 400; passed through, it reaches the firewall,
     * which refuses it in the API's own words.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashesToTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ApiProblems problems) {
        RequestRejectedHandler others = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (isApi(request)) {
                refuse(problems, request, response);
            } else {
                others.handle(request, response, rejected);
            }
        };
    }

    private static boolean noC0Controls(String value) {
        return value.chars().noneMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f);
    }

    private static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }

    private static void refuse(ApiProblems problems, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpHeaders headers = new HttpHeaders();
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        byte[] body = problems.render(400, "malformed-request", "error.malformed-request", new Object[0], List.of(),
                Map.of(), ApiProblems.localeOf(headers), request.getRequestURI());
        response.setStatus(400);
        response.setContentType(ApiProblems.PROBLEM_JSON.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

}
