"""DAGs the Airflow integration tests run against (Airflow 2.x and 3.x alike).

example_rest_client produces an asset (a dataset on 2.x) that example_asset_consumer is scheduled
on; example_fails fails, for `runs wait` exiting 1.
"""
import datetime

try:  # Airflow 3
    from airflow.sdk import DAG, Asset
    from airflow.providers.standard.operators.bash import BashOperator
    from airflow.providers.standard.operators.empty import EmptyOperator
except ImportError:  # Airflow 2
    from airflow import DAG
    from airflow.datasets import Dataset as Asset
    from airflow.operators.bash import BashOperator
    from airflow.operators.empty import EmptyOperator

EXAMPLE_ASSET = Asset("file:///tmp/rest-client-example/asset.csv")
START = datetime.datetime(2024, 1, 1)

with DAG(
    dag_id="example_rest_client",
    schedule=None,
    start_date=START,
    catchup=False,
    tags=["rest-client", "example"],
    description="Producer DAG for REST client tests",
):
    EmptyOperator(task_id="produce", outlets=[EXAMPLE_ASSET])

with DAG(
    dag_id="example_asset_consumer",
    schedule=[EXAMPLE_ASSET],
    start_date=START,
    catchup=False,
    tags=["rest-client"],
):
    EmptyOperator(task_id="consume")

with DAG(
    dag_id="example_fails",
    schedule=None,
    start_date=START,
    catchup=False,
    tags=["houston-test"],
    is_paused_upon_creation=False,
):
    BashOperator(task_id="fail", bash_command="exit 3", retries=0)
