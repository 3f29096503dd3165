package dev.plaza.web.api;

import static java.util.Objects.requireNonNull;

import dev.plaza.web.auth.Access;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One route of the API: what it answers, who may call it, and its handler. */
record Route(HandlerType method, String path, Access access, Handler handler) {

    Route {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        requireNonNull(access, "access");
        requireNonNull(handler, "handler");
    }

    static Route get(String path, Access access, Handler handler) {
        return new Route(HandlerType.GET, path, access, handler);
    }

    static Route post(String path, Access access, Handler handler) {
        return new Route(HandlerType.POST, path, access, handler);
    }

    static Route patch(String path, Access access, Handler handler) {
        return new Route(HandlerType.PATCH, path, access, handler);
    }

    static Route put(String path, Access access, Handler handler) {
        return new Route(HandlerType.PUT, path, access, handler);
    }

    static Route delete(String path, Access access, Handler handler) {
        return new Route(HandlerType.DELETE, path, access, handler);
    }

    void addTo(RoutesConfig routes) {
        if (method.equals(HandlerType.GET)) {
            routes.get(path, handler, access);
        } else if (method.equals(HandlerType.POST)) {
            routes.post(path, handler, access);
        } else if (method.equals(HandlerType.PATCH)) {
            routes.patch(path, handler, access);
        } else if (method.equals(HandlerType.PUT)) {
            routes.put(path, handler, access);
        } else if (method.equals(HandlerType.DELETE)) {
            routes.delete(path, handler, access);
        } else {
            throw new IllegalStateException("the API registers no %s routes".formatted(method));
        }
    }
}
