package uk.supportbudget.service;

import java.time.LocalDate;

import uk.supportbudget.domain.money.Money;

/**
 * Where the forecast gets the weekly cost of employing PAs. For now the average of recent wage,
 * HMRC and pension spending ({@link SpendingWageCostSource}); the rota's own figure can take its
 * place once there is one.
 */
public interface WageCostSource {

    /** The weekly cost of wages with tax, NI and pension, as of {@code today}. */
    Money averageWeeklyCost(LocalDate today);
}
