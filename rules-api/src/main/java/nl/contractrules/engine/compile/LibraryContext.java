package nl.contractrules.engine.compile;

import java.util.function.Function;

/**
 * Drools work on pool threads, run with this library's class loader as the thread's context class loader. Drools
 * finds its services (among them the MVEL dialect a DRL compile needs) through the context class loader and keeps
 * what it found for the rest of the JVM; a common pool thread's is the system class loader, which does not see the
 * library where a class loader of its own loads it (a Spark job jar on a cluster, an application server).
 */
final class LibraryContext {
    private LibraryContext() {
    }

    /** The function, run with this library's class loader as context class loader, and the thread's put back after. */
    static <T, R> Function<T, R> inLibraryContext(Function<T, R> work) {
        return input -> {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(LibraryContext.class.getClassLoader());
            try {
                return work.apply(input);
            } finally {
                thread.setContextClassLoader(before);
            }
        };
    }
}
