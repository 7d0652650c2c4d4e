package org.exportalliance.portal.notification.webhook;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.List;

/**
 * The webhook client's name resolution: every host, literal addresses included, goes through the
 * {@link EndpointGuard}, and the client connects only to the addresses it returned. This is the check "at send time,
 * on the address actually connected to": Reactor Netty asks its resolver for the addresses of each new connection
 * and connects to what it gets, so no connection is ever opened to an address the guard did not pass, whatever the
 * name resolved to at registration. The lookup itself runs on {@code platform.Workers}; the event loop only waits for
 * the promise.
 */
final class GuardedAddressResolverGroup extends AddressResolverGroup<InetSocketAddress> {

    private final EndpointGuard guard;

    GuardedAddressResolverGroup(EndpointGuard guard) {
        this.guard = guard;
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new Resolver(executor, guard);
    }

    private record Resolver(EventExecutor executor, EndpointGuard guard) implements AddressResolver<InetSocketAddress> {

        @Override
        public boolean isSupported(SocketAddress address) {
            return address instanceof InetSocketAddress;
        }

        /** Never: an address already resolved (a literal in the URL) is checked like any other. */
        @Override
        public boolean isResolved(SocketAddress address) {
            return false;
        }

        @Override
        public Future<InetSocketAddress> resolve(SocketAddress address) {
            return resolve(address, executor.newPromise());
        }

        @Override
        public Future<InetSocketAddress> resolve(SocketAddress address, Promise<InetSocketAddress> promise) {
            Promise<List<InetSocketAddress>> all = executor.newPromise();
            all.addListener(done -> {
                if (done.isSuccess()) {
                    promise.trySuccess(all.getNow().getFirst());
                } else {
                    promise.tryFailure(done.cause());
                }
            });
            resolveAll(address, all);
            return promise;
        }

        @Override
        public Future<List<InetSocketAddress>> resolveAll(SocketAddress address) {
            return resolveAll(address, executor.newPromise());
        }

        @Override
        public Future<List<InetSocketAddress>> resolveAll(SocketAddress address,
                Promise<List<InetSocketAddress>> promise) {
            if (!(address instanceof InetSocketAddress socket)) {
                return promise.setFailure(new UnsupportedAddressTypeException());
            }
            guard.addressesOf(socket.getHostString())
                    .map(found -> found.stream().map(a -> new InetSocketAddress(a, socket.getPort())).toList())
                    .subscribe(promise::trySuccess, promise::tryFailure);
            return promise;
        }

        @Override
        public void close() {
            // Nothing held: each lookup is a task of its own.
        }
    }
}
