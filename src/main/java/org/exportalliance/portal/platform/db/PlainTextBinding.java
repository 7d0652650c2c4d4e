package org.exportalliance.portal.platform.db;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Parameter;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.exportalliance.portal.platform.refusal.FieldProblem;
import org.exportalliance.portal.platform.refusal.InvalidInput;
import org.exportalliance.portal.platform.refusal.PlainText;
import org.reactivestreams.Publisher;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The last line against text no one types: every value bound into a statement on the portal's pooled connections is
 * looked at, and a string with a control character other than tab and line breaks is refused ({@link InvalidInput},
 * a 400 in the API) before the statement runs. The features' rules and the API's JSON reading refuse such text first
 * and name the field; this catches any path that does not (a new feature, a header, an import), so PostgreSQL never
 * sees a NUL, which it answers with an error that would otherwise end as a 500 (issue 13).
 *
 * <p>Boot applies the decorator to the driver's connection factory, under the pool, so the pool, its metrics and the
 * transaction manager see no difference.
 */
@Configuration(proxyBeanMethods = false)
public class PlainTextBinding {

    @Bean
    ConnectionFactoryDecorator plainTextOnly() {
        return CheckedFactory::new;
    }

    /** The same check on a connection factory Boot does not build (the read replica's, {@code db.replica}). */
    public static ConnectionFactory checking(ConnectionFactory connections) {
        return new CheckedFactory(connections);
    }

    static void check(Object value) {
        switch (value) {
            case String text when !PlainText.acceptable(text, true) -> throw new InvalidInput(
                    List.of(new FieldProblem("text", PlainText.PROBLEM)));
            case Object[] items -> Arrays.stream(items).filter(Objects::nonNull).forEach(PlainTextBinding::check);
            case Collection<?> items -> items.stream().filter(Objects::nonNull).forEach(PlainTextBinding::check);
            case Parameter parameter when parameter.getValue() != null -> check(parameter.getValue());
            default -> { }
        }
    }

    private record CheckedFactory(ConnectionFactory factory) implements ConnectionFactory, Wrapped<ConnectionFactory> {

        @Override
        public Publisher<? extends Connection> create() {
            return Mono.from(factory.create()).map(CheckedConnection::new);
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return factory.getMetadata();
        }

        @Override
        public ConnectionFactory unwrap() {
            return factory;
        }
    }

    private record CheckedStatement(Statement statement) implements Statement, Wrapped<Statement> {

        @Override
        public Statement add() {
            statement.add();
            return this;
        }

        @Override
        public Statement bind(int index, Object value) {
            check(value);
            statement.bind(index, value);
            return this;
        }

        @Override
        public Statement bind(String name, Object value) {
            check(value);
            statement.bind(name, value);
            return this;
        }

        @Override
        public Statement bindNull(int index, Class<?> type) {
            statement.bindNull(index, type);
            return this;
        }

        @Override
        public Statement bindNull(String name, Class<?> type) {
            statement.bindNull(name, type);
            return this;
        }

        @Override
        public Publisher<? extends Result> execute() {
            return statement.execute();
        }

        @Override
        public Statement returnGeneratedValues(String... columns) {
            statement.returnGeneratedValues(columns);
            return this;
        }

        @Override
        public Statement fetchSize(int rows) {
            statement.fetchSize(rows);
            return this;
        }

        @Override
        public Statement unwrap() {
            return statement;
        }
    }

    /** Delegates everything; only the statements it creates are checked. */
    private record CheckedConnection(Connection connection) implements Connection, Wrapped<Connection> {

        @Override
        public Statement createStatement(String sql) {
            return new CheckedStatement(connection.createStatement(sql));
        }

        @Override
        public Publisher<Void> beginTransaction() {
            return connection.beginTransaction();
        }

        @Override
        public Publisher<Void> beginTransaction(TransactionDefinition definition) {
            return connection.beginTransaction(definition);
        }

        @Override
        public Publisher<Void> close() {
            return connection.close();
        }

        @Override
        public Publisher<Void> commitTransaction() {
            return connection.commitTransaction();
        }

        @Override
        public Batch createBatch() {
            return connection.createBatch();
        }

        @Override
        public Publisher<Void> createSavepoint(String name) {
            return connection.createSavepoint(name);
        }

        @Override
        public boolean isAutoCommit() {
            return connection.isAutoCommit();
        }

        @Override
        public ConnectionMetadata getMetadata() {
            return connection.getMetadata();
        }

        @Override
        public IsolationLevel getTransactionIsolationLevel() {
            return connection.getTransactionIsolationLevel();
        }

        @Override
        public Publisher<Void> releaseSavepoint(String name) {
            return connection.releaseSavepoint(name);
        }

        @Override
        public Publisher<Void> rollbackTransaction() {
            return connection.rollbackTransaction();
        }

        @Override
        public Publisher<Void> rollbackTransactionToSavepoint(String name) {
            return connection.rollbackTransactionToSavepoint(name);
        }

        @Override
        public Publisher<Void> setAutoCommit(boolean autoCommit) {
            return connection.setAutoCommit(autoCommit);
        }

        @Override
        public Publisher<Void> setLockWaitTimeout(Duration timeout) {
            return connection.setLockWaitTimeout(timeout);
        }

        @Override
        public Publisher<Void> setStatementTimeout(Duration timeout) {
            return connection.setStatementTimeout(timeout);
        }

        @Override
        public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
            return connection.setTransactionIsolationLevel(level);
        }

        @Override
        public Publisher<Boolean> validate(ValidationDepth depth) {
            return connection.validate(depth);
        }

        @Override
        public Connection unwrap() {
            return connection;
        }
    }
}
