package io.opendoms.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the constructor that object mappers build a contract record with when it has more than one. MapStruct
 * takes a constructor annotated with an annotation named {@code Default}: when a record gains a field (additive
 * evolution) and keeps a constructor without it, the mappers of producers that do not know the field yet keep
 * compiling and leave it null, instead of failing on an unmapped target property.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.CONSTRUCTOR)
public @interface Default {
}
