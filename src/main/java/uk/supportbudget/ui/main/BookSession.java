package uk.supportbudget.ui.main;

import java.time.LocalDate;

import uk.supportbudget.store.Book;
import uk.supportbudget.ui.common.BackgroundTasks;
import uk.supportbudget.ui.common.DialogService;

/** What every page of an open book needs: the book, the worker that may touch it, and dialogs. */
public record BookSession(Book book, BackgroundTasks tasks, DialogService dialogs, LocalDate today) {
}
