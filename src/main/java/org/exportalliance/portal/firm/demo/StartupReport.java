package org.exportalliance.portal.firm.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the portal answers and, in demo mode, who can sign in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private final boolean demo;
    private final String password;
    private final String databaseMode;

    StartupReport(@Value("${portal.demo.enabled:false}") boolean demo, @Value("${portal.demo.password}") String password,
            @Value("${portal.database.mode:external}") String databaseMode) {
        this.demo = demo;
        this.password = password;
        this.databaseMode = databaseMode;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : -1;
        StringBuilder report = new StringBuilder()
                .append("\n\n  Export Alliance Portal is up: http://localhost:").append(port).append('/')
                .append("\n  API: http://localhost:").append(port).append("/api/v1  (OpenAPI: /api/v1/openapi.yaml)")
                .append("\n  Database: ").append(databaseMode);
        if (demo) {
            report.append("\n  Demo logins (password ").append(password).append("):");
            DemoAlliance.logins().forEach(line -> report.append("\n    ").append(line));
        }
        log.info(report.append('\n').toString());
    }
}
