package io.talentplatform.standalone;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link StandaloneTest} that needs a platform nobody else used: it reads whole tables or the whole log (a rebuild
 * compared with live), walks the clock through a year, or loads the demo organisation. Surefire runs it in a JVM of
 * its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OwnPlatform.TAG)
public @interface OwnPlatform {

    String TAG = "own-platform";
}
