package uk.supportbudget.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import uk.supportbudget.domain.money.Money;

/** One configured Jackson mapper: money is written as a plain two-decimal string, never a float. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(new SimpleModule("money").addSerializer(Money.class, ToStringSerializer.instance));

    private Json() {
    }
}
